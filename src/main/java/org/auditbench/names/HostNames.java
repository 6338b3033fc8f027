package org.auditbench.names;

import java.net.IDN;
import java.util.Locale;

/**
 * Normalisation and validation of DNS names: trimmed, lower-case, IDN as A-labels, no trailing dot.
 * Underscores are allowed because service names ({@code _autodiscover._tcp}) use them.
 */
public final class HostNames {

    private static final int MAX_NAME = 253;
    private static final int MAX_LABEL = 63;

    private HostNames() {
    }

    /** Lower-cases, strips one trailing dot and converts Unicode labels to A-labels; does not validate. */
    public static String normalise(String raw) throws NameException {
        String name = raw.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".") && name.length() > 1) {
            name = name.substring(0, name.length() - 1);
        }
        if (!isAscii(name)) {
            try {
                name = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw new NameException("'" + raw.strip() + "' is not a valid internationalised name: " + e.getMessage());
            }
        }
        return name;
    }

    /** Why {@code name} (already normalised) is not a valid host name, or null when it is. */
    public static String problem(String name) {
        if (name.isEmpty()) {
            return "the name is empty";
        }
        if (name.length() > MAX_NAME) {
            return "the name is longer than " + MAX_NAME + " characters";
        }
        int labelStart = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == '.') {
                String problem = labelProblem(name, labelStart, i);
                if (problem != null) {
                    return problem;
                }
                labelStart = i + 1;
            }
        }
        String tld = name.substring(name.lastIndexOf('.') + 1);
        if (tld.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "the last label '" + tld + "' is all digits, which no top-level domain is";
        }
        return null;
    }

    public static boolean isValid(String name) {
        return problem(name) == null;
    }

    /** True when {@code name} equals {@code domain} or lies under it. */
    public static boolean isAtOrUnder(String name, String domain) {
        return name.equals(domain)
                || (name.length() > domain.length() && name.endsWith(domain)
                && name.charAt(name.length() - domain.length() - 1) == '.');
    }

    private static String labelProblem(String name, int start, int end) {
        if (start == end) {
            return "it has an empty label (two dots in a row, or a leading dot)";
        }
        if (end - start > MAX_LABEL) {
            return "a label is longer than " + MAX_LABEL + " characters";
        }
        for (int i = start; i < end; i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return "it contains the character '" + c + "', which host names cannot contain";
            }
        }
        if (name.charAt(start) == '-' || name.charAt(end - 1) == '-') {
            return "the label '" + name.substring(start, end) + "' starts or ends with a hyphen";
        }
        return null;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
