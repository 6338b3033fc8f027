package org.auditbench.gui.entries;

import java.time.LocalDate;
import java.time.YearMonth;

/** Narrows the entries to those expiring in [from, before): set from the overview's expiry chart. */
public record ExpiryWindow(LocalDate from, LocalDate before, String label) {

    public static ExpiryWindow month(YearMonth month) {
        return new ExpiryWindow(month.atDay(1), month.plusMonths(1).atDay(1), "Expiring in " + month);
    }

    public static ExpiryWindow expiredBefore(LocalDate day) {
        return new ExpiryWindow(null, day, "Expired before " + day);
    }
}
