package org.auditbench.triage;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A review period: a quarter ({@code 2026Q4}), a half ({@code 2026H2}), a month ({@code 2026-11}), a year
 * ({@code 2026}) or a range of days ({@code 2026-10-01..2026-12-31}), first and last day included.
 *
 * @param label the period as it is shown: quarters and halves normalised ({@code 2026q4} becomes {@code 2026Q4})
 */
public record ReviewPeriod(String label, LocalDate start, LocalDate end) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern HALF = Pattern.compile("(\\d{4})-?H([12])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*\\.\\.\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final String FORMS = "expected a quarter like 2026Q4, a half like 2026H2, a month like 2026-11,"
            + " a year like 2026, or days like 2026-10-01..2026-12-31";

    public static ReviewPeriod parse(String text) throws TriageException {
        if (text == null || text.isBlank()) {
            throw new TriageException("the review period is empty (" + FORMS + ")");
        }
        String t = text.strip();
        try {
            Matcher m;
            if ((m = QUARTER.matcher(t)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int quarter = Integer.parseInt(m.group(2));
                YearMonth first = YearMonth.of(year, quarter * 3 - 2);
                return new ReviewPeriod(year + "Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            if ((m = HALF.matcher(t)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int half = Integer.parseInt(m.group(2));
                YearMonth first = YearMonth.of(year, half * 6 - 5);
                return new ReviewPeriod(year + "H" + half, first.atDay(1), first.plusMonths(5).atEndOfMonth());
            }
            if ((m = MONTH.matcher(t)).matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new ReviewPeriod(month.toString(), month.atDay(1), month.atEndOfMonth());
            }
            if (YEAR.matcher(t).matches()) {
                int year = Integer.parseInt(t);
                return new ReviewPeriod(t, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            if ((m = RANGE.matcher(t)).matches()) {
                LocalDate start = LocalDate.parse(m.group(1));
                LocalDate end = LocalDate.parse(m.group(2));
                if (end.isBefore(start)) {
                    throw new TriageException("review period '" + t + "' ends before it starts");
                }
                return new ReviewPeriod(start + ".." + end, start, end);
            }
        } catch (DateTimeException e) {
            throw new TriageException("review period '" + t + "' is not a real date: " + e.getMessage());
        }
        throw new TriageException("review period '" + t + "' is not understood (" + FORMS + ")");
    }

    /** True when both periods cover the same days, however they were written. */
    public boolean sameDays(LocalDate otherStart, LocalDate otherEnd) {
        return start.equals(otherStart) && end.equals(otherEnd);
    }

    @Override
    public String toString() {
        String days = start + ".." + end;
        return label.equals(days) ? days : label.toUpperCase(Locale.ROOT) + " (" + days + ")";
    }
}
