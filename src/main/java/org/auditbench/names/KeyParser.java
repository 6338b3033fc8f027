package org.auditbench.names;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.auditbench.model.KeyKind;

/**
 * Reads the key an entry answers for: a domain, an email address (its domain part is the key), a URL,
 * or a pattern — wildcard ({@code *.x}), SQL LIKE ({@code %.x}) or regular expression.
 */
public final class KeyParser {

    private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

    private KeyParser() {
    }

    /**
     * @param declared the kind the source states, or null to infer it from the text
     */
    public static ParsedKey parse(String raw, KeyKind declared) throws NameException {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new NameException("the domain is empty");
        }
        KeyKind kind = declared != null ? declared : inferKind(text);
        switch (kind) {
            case REGEX:
                return regex(text);
            case WILDCARD:
            case LIKE:
                return pattern(text, kind);
            default:
                return exact(text);
        }
    }

    /** Regex when it uses regex syntax, wildcard with {@code *}, LIKE with {@code %}, else exact. */
    static KeyKind inferKind(String text) {
        if (text.startsWith("^") || text.endsWith("$") || text.contains("\\") || text.contains(".*")
                || text.contains("(") || text.contains("[") || text.contains("|") || text.contains("+")
                || text.contains("{")) {
            return KeyKind.REGEX;
        }
        if (text.contains("*")) {
            return KeyKind.WILDCARD;
        }
        if (text.contains("%")) {
            return KeyKind.LIKE;
        }
        return KeyKind.EXACT;
    }

    private static ParsedKey exact(String text) throws NameException {
        String address = null;
        String host = text;
        if (text.indexOf("://") > 0 && URL.matcher(text).matches()) { // the cheap test spares most keys the regex
            host = TargetParser.parse(text).host();
        } else {
            int at = text.lastIndexOf('@');
            if (at >= 0) {
                if (at == 0 || at == text.length() - 1) {
                    throw new NameException("'" + text + "' is neither a domain nor a complete email address");
                }
                host = text.substring(at + 1);
            }
        }
        String domain = HostNames.normalise(host);
        String problem = HostNames.problem(domain);
        if (problem != null) {
            throw new NameException("'" + text + "' is not a valid domain: " + problem);
        }
        if (!host.equals(text)) {
            int at = text.lastIndexOf('@');
            address = at > 0 ? text.substring(0, at).toLowerCase(Locale.ROOT) + "@" + domain : null;
        }
        return new ParsedKey(domain, address, KeyKind.EXACT, domain);
    }

    private static ParsedKey pattern(String text, KeyKind kind) throws NameException {
        String lowered = text.toLowerCase(Locale.ROOT);
        if (lowered.endsWith(".") && lowered.length() > 1) {
            lowered = lowered.substring(0, lowered.length() - 1);
        }
        char wild = kind == KeyKind.WILDCARD ? '*' : '%';
        int last = Math.max(lowered.lastIndexOf(wild), kind == KeyKind.LIKE ? lowered.lastIndexOf('_') : -1);
        String tail = lowered.substring(last + 1);
        String prefix = lowered.substring(0, last + 1);
        String fixed = tail.startsWith(".") ? tail.substring(1) : tail;
        if (fixed.isEmpty()) {
            return new ParsedKey(prefix, null, kind, null);
        }
        String normalisedFixed = HostNames.normalise(fixed);
        String problem = HostNames.problem(normalisedFixed);
        if (problem != null) {
            throw new NameException("the fixed part '" + fixed + "' of pattern '" + text + "' is not a valid domain: " + problem);
        }
        String domain = prefix + (tail.startsWith(".") ? "." : "") + normalisedFixed;
        return new ParsedKey(domain, null, kind, normalisedFixed);
    }

    private static ParsedKey regex(String text) throws NameException {
        try {
            Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new NameException("'" + text + "' is not a valid regular expression: " + e.getDescription());
        }
        return new ParsedKey(text, null, KeyKind.REGEX, literalSuffix(text));
    }

    /**
     * The literal domain a regex ends with ({@code ^mail\..*\.contoso\.com$} → {@code contoso.com}),
     * read backwards while the characters are literal; null when there is none.
     */
    static String literalSuffix(String regex) {
        String body = regex.endsWith("$") && !regex.endsWith("\\$") ? regex.substring(0, regex.length() - 1) : regex;
        StringBuilder reversed = new StringBuilder();
        int i = body.length() - 1;
        while (i >= 0) {
            char c = body.charAt(i);
            if (c == '.' && i > 0 && body.charAt(i - 1) == '\\') {
                reversed.append('.');
                i -= 2;
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                if (i > 0 && body.charAt(i - 1) == '\\') {
                    break; // an escape class such as \w or \d, not a literal
                }
                reversed.append(c);
                i--;
            } else {
                break;
            }
        }
        String suffix = reversed.reverse().toString().toLowerCase(Locale.ROOT);
        if (i >= 0 && !suffix.startsWith(".")) {
            // the literal run is glued to a metacharacter (".*contoso.com"): keep only whole labels
            int dot = suffix.indexOf('.');
            suffix = dot < 0 ? "" : suffix.substring(dot);
        }
        while (suffix.startsWith(".")) {
            suffix = suffix.substring(1);
        }
        return suffix.isEmpty() || !HostNames.isValid(suffix) ? null : suffix;
    }
}
