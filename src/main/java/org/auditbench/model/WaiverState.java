package org.auditbench.model;

import java.util.Locale;

/** Where a waiver stands, for the waiver listing and the report's Waivers sheet. */
public enum WaiverState {
    /** In force, and its finding still fires. */
    ACTIVE,
    /** In force, but its finding no longer exists: nothing is being waived any more. */
    ORPHANED,
    /** Its last day has passed; the finding is open again (or the lapse is logged at the next scan). */
    EXPIRED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
