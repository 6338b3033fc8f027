package org.auditbench.workspace;

import java.time.LocalDate;

/**
 * Reads the flat JSON arrays SQLite's {@code json_array()} writes for packed entry rows: strings (with JSON
 * escapes), numbers and nulls, nothing nested. Small and strict on purpose: it runs a million times per
 * scan, and anything it does not expect is an error naming the entry, never a guess.
 */
final class PackedRow {

    /** Dates made so far, by a hash of the date (see {@link #cachedDate}). */
    private static final LocalDate[] DATES = new LocalDate[4096];

    private PackedRow() {
    }

    /** The {@code fields} values of the array, as text (numbers as written), null for JSON null. */
    static String[] split(String json, int fields, long id) {
        String[] out = new String[fields];
        int n = json.length();
        int i = skip(json, 0);
        if (i >= n || json.charAt(i) != '[') {
            throw bad(id, "it does not start with '['");
        }
        i = skip(json, i + 1);
        int count = 0;
        StringBuilder sb = new StringBuilder();
        int[] nextEscape = {json.indexOf('\\')};
        while (i < n && json.charAt(i) != ']') {
            if (count == fields) {
                throw bad(id, "it has more than " + fields + " values");
            }
            char c = json.charAt(i);
            if (c == '"') {
                int close = json.indexOf('"', i + 1);
                if (close >= 0 && (nextEscape[0] < 0 || nextEscape[0] > close)) {
                    out[count++] = json.substring(i + 1, close); // the common case: no escape inside
                    i = close + 1;
                } else {
                    i = string(json, i + 1, sb, id, nextEscape);
                    out[count++] = sb.toString();
                }
            } else if (json.startsWith("null", i)) {
                out[count++] = null;
                i += 4;
            } else {
                int start = i;
                while (i < n && json.charAt(i) != ',' && json.charAt(i) != ']' && !Character.isWhitespace(json.charAt(i))) {
                    i++;
                }
                String token = json.substring(start, i);
                out[count++] = token.equals("null") ? null : number(token, id);
            }
            i = skip(json, i);
            if (i < n && json.charAt(i) == ',') {
                i = skip(json, i + 1);
            }
        }
        if (count != fields) {
            throw bad(id, "it has " + count + " values instead of " + fields);
        }
        return out;
    }

    /** Reads a string body starting after its opening quote into {@code sb}; returns the index after the closing quote. */
    private static int string(String json, int i, StringBuilder sb, long id, int[] nextEscape) {
        sb.setLength(0);
        int close = json.indexOf('"', i);
        if (close >= 0 && (nextEscape[0] < 0 || nextEscape[0] > close)) {
            sb.append(json, i, close); // the common case: no escape before the closing quote
            return close + 1;
        }
        int end = slowString(json, i, sb, id);
        nextEscape[0] = json.indexOf('\\', end);
        return end;
    }

    private static int slowString(String json, int i, StringBuilder sb, long id) {
        int n = json.length();
        int runStart = i;
        while (i < n) {
            char c = json.charAt(i);
            if (c == '"') {
                sb.append(json, runStart, i);
                return i + 1;
            }
            if (c == '\\') {
                sb.append(json, runStart, i);
                if (i + 1 >= n) {
                    break;
                }
                char e = json.charAt(i + 1);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (i + 6 > n) {
                            throw bad(id, "a \\u escape is cut short");
                        }
                        sb.append((char) Integer.parseInt(json.substring(i + 2, i + 6), 16));
                        i += 4;
                    }
                    default -> throw bad(id, "it has an unknown escape \\" + e);
                }
                i += 2;
                runStart = i;
            } else {
                i++;
            }
        }
        throw bad(id, "a string is not closed");
    }

    private static String number(String token, long id) {
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (!(c >= '0' && c <= '9' || c == '-' || c == '.' || c == 'e' || c == 'E' || c == '+')) {
                throw bad(id, "'" + token + "' is neither a string, a number nor null");
            }
        }
        return token;
    }

    private static int skip(String json, int i) {
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
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

    private static IllegalStateException bad(long id, String why) {
        return new IllegalStateException("entry " + id + " cannot be read back from the workspace: " + why);
    }
}
