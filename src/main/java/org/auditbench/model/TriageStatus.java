package org.auditbench.model;

import java.util.Locale;

/** Where a finding stands in triage; waivers are the two statuses that need a reason and an expiry. */
public enum TriageStatus {
    OPEN, REMEDIATE, ACCEPTED_RISK, FALSE_POSITIVE, FIXED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isWaiver() {
        return this == ACCEPTED_RISK || this == FALSE_POSITIVE;
    }

    public static TriageStatus parse(String text) {
        for (TriageStatus s : values()) {
            if (s.id().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + text
                + "' (expected open, remediate, accepted-risk, false-positive or fixed)");
    }
}
