package org.auditbench.importer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates configuration exports contain: ISO dates and timestamps, day/month/year with
 * {@code /}, {@code .} or {@code -} (day first unless only month-first makes sense), English month
 * names, {@code yyyymmdd}, Excel serial numbers and Unix epoch seconds or milliseconds.
 * A value it cannot read is an error, never a silent null.
 */
public final class DateParser {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern ISO_PREFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");
    private static final Pattern NUMERIC_DMY = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final List<DateTimeFormatter> NAMED_MONTHS = List.of(
            named("d MMMM uuuu"), named("d MMM uuuu"), named("MMMM d, uuuu"), named("MMM d, uuuu"),
            named("MMMM d uuuu"), named("MMM d uuuu"), named("d-MMM-uuuu"), named("d-MMMM-uuuu"),
            named("d MMM, uuuu"), named("EEEE, d MMMM uuuu"), named("EEE, d MMM uuuu"));

    private DateParser() {
    }

    /** Null for a blank value; throws with a reason naming the value when it is not a date. */
    public static LocalDate parse(String raw) throws DateFormatException {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        LocalDate iso = plainIso(text);
        if (iso != null) {
            return iso;
        }
        try {
            LocalDate date = parseOrNull(text);
            if (date != null) {
                return date;
            }
        } catch (DateTimeException e) {
            throw new DateFormatException("'" + text + "' is not a valid date: " + e.getMessage());
        }
        throw new DateFormatException("'" + text + "' is not a date this tool can read"
                + " (use e.g. 2026-12-31, 31/12/2026, 31 December 2026 or an Excel date)");
    }

    /** {@code yyyy-mm-dd} without a regex: by far the most common spelling, read millions of times. */
    private static LocalDate plainIso(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        if (day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null; // the general path explains what is wrong (31 June)
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static LocalDate parseOrNull(String text) {
        Matcher m = ISO_DATE.matcher(text);
        if (m.matches()) {
            return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        }
        if (ISO_PREFIX.matcher(text).matches()) {
            return timestamp(text);
        }
        m = NUMERIC_DMY.matcher(text);
        if (m.matches()) {
            int first = num(m, 1);
            int second = num(m, 2);
            boolean monthFirst = first <= 12 && second > 12;
            return monthFirst ? LocalDate.of(num(m, 3), first, second) : LocalDate.of(num(m, 3), second, first);
        }
        m = COMPACT.matcher(text);
        if (m.matches() && num(m, 1) >= 1900) {
            return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        }
        if (NUMBER.matcher(text).matches()) {
            return number(text);
        }
        for (DateTimeFormatter format : NAMED_MONTHS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next spelling
            }
        }
        return null;
    }

    private static LocalDate timestamp(String text) {
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T')).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            return LocalDate.parse(text.substring(0, 10));
        }
    }

    /** Excel serials up to five digits; epoch seconds at nine or ten digits, milliseconds at twelve or thirteen. */
    private static LocalDate number(String text) {
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        long value = Long.parseLong(whole);
        if (whole.length() <= 5 && value > 0) {
            return EXCEL_EPOCH.plusDays(value);
        }
        if (whole.length() == 9 || whole.length() == 10) {
            return Instant.ofEpochSecond(value).atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (whole.length() == 12 || whole.length() == 13) {
            return Instant.ofEpochMilli(value).atOffset(ZoneOffset.UTC).toLocalDate();
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static DateTimeFormatter named(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The value is not a date; the message says which value and why. */
    public static final class DateFormatException extends Exception {
        private static final long serialVersionUID = 1L;

        public DateFormatException(String message) {
            super(message);
        }
    }
}
