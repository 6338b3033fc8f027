package org.auditbench.workspace;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Reads the packed entry rows of {@link EntryRows#PACKED}: values joined by the byte {@code 0xFE}, a NULL as the
 * lone byte {@code 0xFF}, everything else UTF-8 text. Small and strict on purpose: it runs a million times per
 * scan, and anything it does not expect is an error naming the entry, never a guess.
 */
final class PackedRow {

    private static final byte SEPARATOR = (byte) 0xFE;
    private static final byte NULL = (byte) 0xFF;
    private static final String NOT_TEXT = "a value holds bytes that are not UTF-8 text";
    /** Dates made so far, by a hash of the date (see {@link #cachedDate}). */
    private static final LocalDate[] DATES = new LocalDate[4096];

    private PackedRow() {
    }

    /**
     * The {@code fields} values of a packed row, null for NULL. Neither marker byte occurs in UTF-8, so a row with
     * the wrong number of separators, or a 0xFF inside a value, holds bytes that are not text (a BLOB or a value
     * written outside Auditbench): it is refused rather than read as something else.
     */
    static String[] split(byte[] row, int fields, long id) {
        return split(row, fields, id, "entry");
    }

    /** As {@link #split(byte[], int, long)}, for a packed shape ({@link PackedShapes}); errors name the shape. */
    static String[] splitShape(byte[] row, int fields, long shapeId) {
        return split(row, fields, shapeId, "shape");
    }

    private static String[] split(byte[] row, int fields, long id, String what) {
        String[] out = new String[fields];
        int count = 0;
        int start = 0;
        int n = row.length;
        for (int i = 0; i <= n; i++) {
            byte b = i < n ? row[i] : SEPARATOR;
            if (b == SEPARATOR) {
                if (count == fields) {
                    throw bad(what, id, "it has more than " + fields + " values (" + NOT_TEXT + ")");
                }
                out[count++] = i - start == 1 && row[start] == NULL ? null
                        : new String(row, start, i - start, StandardCharsets.UTF_8);
                start = i + 1;
            } else if (b == NULL && (i != start || i + 1 < n && row[i + 1] != SEPARATOR)) {
                throw bad(what, id, NOT_TEXT);
            }
        }
        if (count != fields) {
            throw bad(what, id, "it has " + count + " values instead of " + fields + " (" + NOT_TEXT + ")");
        }
        return out;
    }

    /** An ISO {@code YYYY-MM-DD} date as the workspace stores it, read without a formatter. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return cachedDate(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /**
     * Dates repeat across a table (a few hundred distinct created, expiry and review dates in a million rows), so
     * each is made once and kept in a small table indexed by the date: no allocation and no calendar check per
     * row. Races are harmless: a slot holds some immutable date, and a mismatch just makes a new one.
     */
    private static LocalDate cachedDate(int year, int month, int day) {
        int slot = ((year * 13 + month) * 32 + day) & (DATES.length - 1);
        LocalDate known = DATES[slot];
        if (known != null && known.getDayOfMonth() == day && known.getMonthValue() == month && known.getYear() == year) {
            return known;
        }
        LocalDate date = LocalDate.of(year, month, day);
        DATES[slot] = date;
        return date;
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static IllegalStateException bad(String what, long id, String why) {
        return new IllegalStateException(what + " " + id + " cannot be read back from the workspace: " + why);
    }
}
