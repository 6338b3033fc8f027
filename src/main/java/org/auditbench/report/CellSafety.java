package org.auditbench.report;

/**
 * Keeps data from being read as a formula by a spreadsheet. Excel, LibreOffice and Google Sheets treat
 * a value starting with {@code = + - @} (or a tab or carriage return followed by one) as a formula when
 * it is typed, pasted or opened from CSV. The report writes such values as text cells marked
 * "quote-prefixed"; CSV output puts a {@code '} in front (the OWASP CSV-injection advice).
 */
public final class CellSafety {

    /** Excel's limit for the text of one cell. */
    public static final int MAX_CELL_TEXT = 32_767;

    private CellSafety() {
    }

    /** True when a spreadsheet could take {@code value} for a formula. */
    public static boolean formulaLike(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n' || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
    }

    /** The value as a CSV field may carry it: a leading {@code '} when it could be read as a formula. */
    public static String forCsv(String value) {
        return formulaLike(value) ? "'" + value : value;
    }

    /**
     * Text an OOXML cell can hold: characters XML 1.0 forbids (control characters other than tab, line
     * feed and carriage return; U+FFFE, U+FFFF; lone surrogates) become U+FFFD, and text over Excel's
     * 32,767-character limit is cut with a note saying how long it was.
     */
    public static String cellText(String value) {
        if (value == null) {
            return null;
        }
        String text = value;
        if (needsCleaning(text)) {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean surrogateOk = Character.isHighSurrogate(c) ? i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))
                        : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
                out.append(allowed(c) && surrogateOk ? c : '\uFFFD');
            }
            text = out.toString();
        }
        if (text.length() > MAX_CELL_TEXT) {
            String note = " … [cut: " + value.length() + " characters in the workspace]";
            int cut = MAX_CELL_TEXT - note.length();
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            text = text.substring(0, cut) + note;
        }
        return text;
    }

    private static boolean needsCleaning(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!allowed(c) || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowed(char c) {
        return c >= 0x20 && c != '\uFFFE' && c != '\uFFFF' || c == '\t' || c == '\n' || c == '\r';
    }
}
