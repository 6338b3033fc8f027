package org.auditbench.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Review period names: a quarter such as {@code 2026Q4}, or a date range {@code 2026-10-01..2026-12-31}. */
public final class ReviewPeriods {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    private ReviewPeriods() {
    }

    /** The quarter a review date falls in, e.g. 2026-12-31 → {@code 2026Q4}. */
    public static String quarterOf(LocalDate day) {
        return day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** The period in its canonical spelling; an error message naming the problem otherwise. */
    public static String check(String period) {
        String text = period.strip().toUpperCase(java.util.Locale.ROOT);
        if (QUARTER.matcher(text).matches()) {
            return text;
        }
        Matcher range = RANGE.matcher(period.strip());
        if (range.matches()) {
            try {
                LocalDate from = LocalDate.parse(range.group(1));
                LocalDate to = LocalDate.parse(range.group(2));
                if (to.isBefore(from)) {
                    throw new IllegalArgumentException("period '" + period + "' ends before it starts");
                }
                return from + ".." + to;
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("period '" + period + "' holds an impossible date: "
                        + e.getParsedString());
            }
        }
        throw new IllegalArgumentException("period '" + period
                + "' is not a quarter such as 2026Q4 nor a range such as 2026-10-01..2026-12-31");
    }
}
