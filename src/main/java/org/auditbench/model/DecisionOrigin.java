package org.auditbench.model;

import java.util.Locale;

/** How a triage decision came about: chosen by a person, or made by the system after a scan or a date. */
public enum DecisionOrigin {
    /** A person named the finding by its fingerprint. */
    INDIVIDUAL,
    /** A person decided on every finding matching a filter at once. */
    BULK,
    /** A waiver's expiry date passed, so the finding re-opened. */
    WAIVER_LAPSED,
    /** A scan no longer produced the finding. */
    FIXED_BY_SCAN,
    /** A scan produced a finding again that an earlier scan had marked fixed. */
    FOUND_AGAIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for decisions a person made; false for the system's own. */
    public boolean byPerson() {
        return this == INDIVIDUAL || this == BULK;
    }

    public static DecisionOrigin parse(String text) {
        for (DecisionOrigin o : values()) {
            if (o.id().equalsIgnoreCase(text.trim())) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown decision origin '" + text + "'");
    }
}
