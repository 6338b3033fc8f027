package org.auditbench.workspace;

import java.util.Locale;

/** What the entries of a workspace can be grouped by in the workbench's tree. */
public enum EntryGrouping {
    OWNER("Owner"),
    JUSTIFICATION("Justification"),
    /** Expired, this quarter, next quarter, later, none: relative to a review date. */
    EXPIRY("Expiry"),
    LAYER("Layer"),
    SOURCE("Source");

    private final String label;

    EntryGrouping(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The SQL that computes an entry's group key; never null ('' stands for "not given"). */
    String expression() {
        return switch (this) {
            case OWNER -> "coalesce(e.owner, '')";
            case JUSTIFICATION -> "coalesce(e.justification, '')";
            case LAYER -> "coalesce(e.layer, '')";
            case SOURCE -> "src.name";
            case EXPIRY -> "CASE WHEN e.expires IS NULL THEN '" + ExpiryBucket.NONE.id() + "'"
                    + " WHEN e.expires < ? THEN '" + ExpiryBucket.EXPIRED.id() + "'"
                    + " WHEN e.expires < ? THEN '" + ExpiryBucket.THIS_QUARTER.id() + "'"
                    + " WHEN e.expires < ? THEN '" + ExpiryBucket.NEXT_QUARTER.id() + "'"
                    + " ELSE '" + ExpiryBucket.LATER.id() + "' END";
        };
    }

    /** How many parameters {@link #expression()} binds (the expiry bucket boundaries). */
    int parameterCount() {
        return this == EXPIRY ? 3 : 0;
    }
}
