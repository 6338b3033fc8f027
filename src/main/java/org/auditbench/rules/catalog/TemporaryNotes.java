package org.auditbench.rules.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the end date a free-text note promises: "Temporary until 30 June 2025", "remove after Q2 2024",
 * "through 2025-09-30", "until end of 2023", "temp - 06/2023". A date counts only when it follows one of the
 * words that make an entry temporary, within a short distance; a month, quarter or year stands for its last
 * day. Numeric day/month dates are read day first (as written outside the US) unless that is impossible.
 */
final class TemporaryNotes {

    /** A promised end and the words that promised it. */
    record Deadline(LocalDate date, String phrase) {
    }

    private static final Pattern TRIGGER = Pattern.compile("(?i)\\b(temporar(?:y|ily)|temp|interim|until|till"
            + "|remove(?:d)? (?:after|by)|removal (?:after|by)|delete (?:after|by)|through|thru|valid (?:to|until))\\b");
    private static final int WINDOW = 48;
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?";
    private static final Pattern DATE = Pattern.compile("(?i)"
            + "(?<iso>\\b(?<isoY>\\d{4})-(?<isoM>\\d{1,2})-(?<isoD>\\d{1,2})\\b)"
            + "|(?<dmytext>\\b(?<dmytextD>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dmytextM>" + MONTH + "),?\\s+(?<dmytextY>\\d{4})\\b)"
            + "|(?<mdytext>\\b(?<mdytextM>" + MONTH + ")\\s+(?<mdytextD>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<mdytextY>\\d{4})\\b)"
            + "|(?<mytext>\\b(?<mytextM>" + MONTH + ")\\s+(?<mytextY>\\d{4})\\b)"
            + "|(?<dmy>\\b(?<dmyA>\\d{1,2})[/.](?<dmyB>\\d{1,2})[/.](?<dmyY>\\d{4})\\b)"
            + "|(?<my>\\b(?<myM>\\d{1,2})/(?<myY>\\d{4})\\b)"
            + "|(?<isomonth>\\b(?<isomonthY>\\d{4})-(?<isomonthM>\\d{2})\\b)"
            + "|(?<quarter>\\bQ(?<quarterQ>[1-4])\\s*[-/]?\\s*(?<quarterY>\\d{4})\\b)"
            + "|(?<yearquarter>\\b(?<yearquarterY>\\d{4})\\s*[-/]?\\s*Q(?<yearquarterQ>[1-4])\\b)"
            + "|(?<half>\\bH(?<halfH>[12])\\s*[-/]?\\s*(?<halfY>\\d{4})\\b)"
            + "|(?<endyear>\\b(?:end\\s+of|end-|eoy)\\s*(?<endyearY>\\d{4})\\b)");

    private TemporaryNotes() {
    }

    /** The latest end date promised after a "temporary" word in {@code text}; empty when none is written. */
    static Optional<Deadline> find(String text) {
        if (text == null || text.length() < 6) {
            return Optional.empty();
        }
        Deadline latest = null;
        Matcher trigger = TRIGGER.matcher(text);
        while (trigger.find()) {
            int end = Math.min(text.length(), trigger.end() + WINDOW);
            Matcher date = DATE.matcher(text).region(trigger.end(), end);
            if (date.find()) {
                LocalDate day = read(date);
                if (day != null && (latest == null || day.isAfter(latest.date()))) {
                    latest = new Deadline(day, text.substring(trigger.start(), date.end()).strip());
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    private static LocalDate read(Matcher m) {
        try {
            if (m.group("iso") != null) {
                return LocalDate.of(num(m, "isoY"), num(m, "isoM"), num(m, "isoD"));
            }
            if (m.group("dmytext") != null) {
                return LocalDate.of(num(m, "dmytextY"), month(m.group("dmytextM")), num(m, "dmytextD"));
            }
            if (m.group("mdytext") != null) {
                return LocalDate.of(num(m, "mdytextY"), month(m.group("mdytextM")), num(m, "mdytextD"));
            }
            if (m.group("mytext") != null) {
                return YearMonth.of(num(m, "mytextY"), month(m.group("mytextM"))).atEndOfMonth();
            }
            if (m.group("dmy") != null) {
                int a = num(m, "dmyA");
                int b = num(m, "dmyB");
                int year = num(m, "dmyY");
                return b > 12 ? LocalDate.of(year, a, b) : LocalDate.of(year, b, a);
            }
            if (m.group("my") != null) {
                return YearMonth.of(num(m, "myY"), num(m, "myM")).atEndOfMonth();
            }
            if (m.group("isomonth") != null) {
                return YearMonth.of(num(m, "isomonthY"), num(m, "isomonthM")).atEndOfMonth();
            }
            if (m.group("quarter") != null) {
                return YearMonth.of(num(m, "quarterY"), num(m, "quarterQ") * 3).atEndOfMonth();
            }
            if (m.group("yearquarter") != null) {
                return YearMonth.of(num(m, "yearquarterY"), num(m, "yearquarterQ") * 3).atEndOfMonth();
            }
            if (m.group("half") != null) {
                return YearMonth.of(num(m, "halfY"), num(m, "halfH") * 6).atEndOfMonth();
            }
            return LocalDate.of(num(m, "endyearY"), 12, 31);
        } catch (DateTimeException e) {
            return null; // "31/02/2024" names no day; a note that cannot be read promises nothing
        }
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String text) {
        String prefix = text.toLowerCase(Locale.ROOT).substring(0, 3);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
    }
}
