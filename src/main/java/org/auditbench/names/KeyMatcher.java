package org.auditbench.names;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.auditbench.model.KeyKind;

/**
 * Whether an entry's key answers a lookup, the way an autodiscover service matches it: exact domains and
 * addresses literally, wildcards ({@code *}) and SQL LIKE ({@code %}, {@code _}) against the whole domain,
 * regular expressions anywhere in the domain or the address.
 */
public final class KeyMatcher {

    private KeyMatcher() {
    }

    /** How specific a match is, most specific first; a lookup prefers the more specific within one layer. */
    public enum Match {
        ADDRESS, DOMAIN, WILDCARD, LIKE, REGEX;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * How the key answers the lookup, or null when it does not.
     *
     * @param key         the entry's normalised domain or pattern
     * @param keyAddress  the entry's address when its key is one, else null
     * @param domain      the normalised domain looked up
     * @param address     the address looked up, or null for a domain lookup
     */
    public static Match match(String key, KeyKind kind, String keyAddress, String domain, String address) {
        switch (kind) {
            case EXACT:
                if (keyAddress != null) {
                    return keyAddress.equals(address) ? Match.ADDRESS : null;
                }
                return key.equals(domain) ? Match.DOMAIN : null;
            case WILDCARD:
                return glob(key, '*', (char) 0).matcher(domain).matches() ? Match.WILDCARD : null;
            case LIKE:
                return glob(key, '%', '_').matcher(domain).matches() ? Match.LIKE : null;
            default:
                try {
                    Pattern regex = Pattern.compile(key, Pattern.CASE_INSENSITIVE);
                    boolean hit = regex.matcher(domain).find() || (address != null && regex.matcher(address).find());
                    return hit ? Match.REGEX : null;
                } catch (PatternSyntaxException e) {
                    return null;
                }
        }
    }

    private static Pattern glob(String pattern, char many, char one) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == many || (one != 0 && c == one)) {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == many ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
