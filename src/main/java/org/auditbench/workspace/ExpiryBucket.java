package org.auditbench.workspace;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Where an entry's expiry falls relative to a review date, in calendar quarters. */
public enum ExpiryBucket {
    EXPIRED("Expired"),
    THIS_QUARTER("Expires this quarter"),
    NEXT_QUARTER("Expires next quarter"),
    LATER("Expires later"),
    NONE("No expiry");

    private final String label;

    ExpiryBucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ExpiryBucket byId(String id) {
        for (ExpiryBucket b : values()) {
            if (b.id().equals(id)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown expiry bucket '" + id + "'");
    }

    /** The bucket of one date, with the same boundaries the SQL grouping uses. */
    public static ExpiryBucket of(LocalDate expires, LocalDate reviewDate) {
        if (expires == null) {
            return NONE;
        }
        LocalDate[] b = boundaries(reviewDate);
        if (expires.isBefore(b[0])) {
            return EXPIRED;
        }
        if (expires.isBefore(b[1])) {
            return THIS_QUARTER;
        }
        return expires.isBefore(b[2]) ? NEXT_QUARTER : LATER;
    }

    /** The review date, the first day of the next quarter, and the first day of the quarter after. */
    static LocalDate[] boundaries(LocalDate reviewDate) {
        LocalDate quarterStart = reviewDate.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate nextQuarter = quarterStart.plusMonths(3);
        return new LocalDate[] {reviewDate, nextQuarter, nextQuarter.plusMonths(3)};
    }
}
