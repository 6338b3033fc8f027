package org.auditbench.report;

import java.util.EnumMap;
import java.util.Map;
import org.auditbench.model.Severity;

/**
 * The one set of severity colours: the report's fills and chart bars, and (converted with e.g.
 * {@code Color.web("#" + hex)}) the workbench's badges. Plain hex text so the core needs no UI toolkit.
 * Pairs were chosen so the text stays readable (contrast of at least 4.5:1) on its fill.
 */
public final class SeverityPalette {

    /** Fill, text on the fill, and a strong accent for marks on white (chart bars, tile borders). */
    private static final Map<Severity, String[]> COLOURS = new EnumMap<>(Map.of(
            Severity.CRITICAL, new String[] {"C00000", "FFFFFF", "C00000"},
            Severity.HIGH, new String[] {"F4B183", "5A1D00", "E46C0A"},
            Severity.MEDIUM, new String[] {"FFE699", "5C4400", "E0A800"},
            Severity.LOW, new String[] {"DDEBF7", "1F4E79", "5B9BD5"},
            Severity.INFO, new String[] {"EDEDED", "404040", "8C8C8C"}));

    private SeverityPalette() {
    }

    /** Background colour, six hex digits without '#'. */
    public static String fillHex(Severity severity) {
        return COLOURS.get(severity)[0];
    }

    /** Text colour to use on {@link #fillHex}, six hex digits without '#'. */
    public static String textHex(Severity severity) {
        return COLOURS.get(severity)[1];
    }

    /** A strong colour for marks on a white background (chart bars, borders), six hex digits. */
    public static String accentHex(Severity severity) {
        return COLOURS.get(severity)[2];
    }

    /** The three bytes of a six-digit hex colour. */
    public static byte[] rgb(String hex) {
        int value = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }
}
