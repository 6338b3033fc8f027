package org.auditbench.rules.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auditbench.model.Entry;

/**
 * Recognises credentials written into configuration fields, and redacts them from any text shown as
 * evidence. Looks for {@code user:password@} in URLs, {@code password=...}-style assignments, private key
 * blocks, well-known token formats, non-empty values in columns named like a secret, and the policy's own
 * patterns. What it reports never contains the secret itself.
 */
final class Credentials {

    /** Where a credential was found and what kind it is; {@code field} names the column. */
    record Hit(String field, String kind, int length) {
    }

    private static final Pattern URL_USERINFO = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://([^/\\s:@]+):([^/\\s@]+)@");
    private static final Pattern ASSIGNMENT = Pattern.compile("(?i)\\b(password|passwd|passphrase|pwd|pass|secret"
            + "|client[_-]?secret|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|auth[_-]?token|access[_-]?token"
            + "|token|bearer)\\b\\s*(?:[:=]|\\bis\\b)\\s*[\"']?([^\\s\"',;)]+)");
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----");
    private static final Pattern TOKEN = Pattern.compile("\\b(AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,}"
            + "|xox[abprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35}|sk_live_[0-9A-Za-z]{24,}"
            + "|eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,})");
    /** Words that make a column name one for secrets ({@code api_token}, {@code SMTP Password}). */
    private static final List<String> SECRET_COLUMN_WORDS = List.of("password", "passwd", "pwd", "secret", "token",
            "apikey", "api_key", "api-key", "credential", "private_key", "privatekey");
    /** Words that follow "password:" in notes without being a password. */
    private static final Set<String> NOT_A_SECRET = Set.of("see", "in", "is", "stored", "vault", "keepass", "rotated",
            "expired", "required", "reset", "changed", "change", "none", "null", "n/a", "unset", "empty", "redacted",
            "hidden", "masked", "manager", "policy", "protected", "auth", "authentication", "login", "less", "based",
            "ask", "via", "from", "per", "on", "the", "a", "an", "not", "same", "sso");

    /** Column names seen so far: a scan asks about the same few extra columns once per entry. */
    private static final Map<String, Boolean> SECRET_COLUMNS = new ConcurrentHashMap<>();
    /** How "is" can be written, for {@link #hasWordIs}. */
    private static final String[] IS_SPELLINGS = {"is", "IS", "Is", "iS"};

    private Credentials() {
    }

    /** What was found in one value: the kind of credential and its length (never the value). */
    record Found(String kind, int length) {
    }

    /** The first credential in any field of {@code entry}, extra columns included. */
    static Optional<Hit> find(Entry entry, List<Pattern> policyPatterns) {
        return find(entry, value -> scan(value, policyPatterns));
    }

    /** The same, asking {@code scanner} about each value (so a caller can remember its answers). */
    static Optional<Hit> find(Entry entry, Function<String, Optional<Found>> scanner) {
        Optional<Hit> hit = inValue("target", entry.targetRaw(), scanner);
        if (hit.isEmpty()) {
            hit = inValue("username", entry.username(), scanner);
        }
        if (hit.isEmpty()) {
            hit = inValue("owner", entry.owner(), scanner);
        }
        if (hit.isEmpty()) {
            hit = inValue("justification", entry.justification(), scanner);
        }
        if (hit.isEmpty() && entry.address() != null) {
            hit = inValue("address", entry.address(), scanner);
        }
        for (Map.Entry<String, String> extra : entry.extra().entrySet()) {
            if (hit.isPresent()) {
                break;
            }
            String value = extra.getValue();
            if (isSecretColumn(extra.getKey()) && looksLikeSecretValue(value.strip())) {
                hit = Optional.of(new Hit(extra.getKey(), "a value in a column named like a secret",
                        value.strip().length()));
            } else {
                hit = inValue(extra.getKey(), value, scanner);
            }
        }
        return hit;
    }

    private static Optional<Hit> inValue(String field, String value, Function<String, Optional<Found>> scanner) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return scanner.apply(value).map(f -> new Hit(field, f.kind(), f.length()));
    }

    private static boolean isSecretColumn(String column) {
        Boolean known = SECRET_COLUMNS.get(column);
        if (known == null) {
            known = namesSecret(column);
            if (SECRET_COLUMNS.size() < 10_000) {
                SECRET_COLUMNS.put(column, known);
            }
        }
        return known;
    }

    private static boolean namesSecret(String column) {
        String lower = column.toLowerCase(Locale.ROOT);
        for (String word : SECRET_COLUMN_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The credential in one value, if any: the policy's patterns first, then the built-in ones. */
    static Optional<Found> scan(String value, List<Pattern> policyPatterns) {
        for (Pattern pattern : policyPatterns) {
            Matcher m = pattern.matcher(value);
            if (m.find()) {
                return Optional.of(new Found("a match of the policy's secret pattern", m.group().length()));
            }
        }
        if (!mayHoldSecret(value)) {
            return Optional.empty();
        }
        Matcher m = URL_USERINFO.matcher(value);
        if (m.find()) {
            return Optional.of(new Found("a password in a URL (user:password@host)", m.group(2).length()));
        }
        m = ASSIGNMENT.matcher(value);
        while (m.find()) {
            if (looksLikeSecretValue(m.group(2))) {
                return Optional.of(new Found("a " + m.group(1).toLowerCase(Locale.ROOT) + " assignment",
                        m.group(2).length()));
            }
        }
        if (PRIVATE_KEY.matcher(value).find()) {
            return Optional.of(new Found("a private key", value.length()));
        }
        m = TOKEN.matcher(value);
        if (m.find()) {
            return Optional.of(new Found("an access token", m.group().length()));
        }
        return Optional.empty();
    }

    /** A value that is a real secret, not a template, a mask or a word of prose. */
    private static boolean looksLikeSecretValue(String value) {
        if (value.length() < 4) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (NOT_A_SECRET.contains(lower) || (lower.startsWith("%") && lower.endsWith("%"))
                || lower.startsWith("${") || lower.startsWith("{{") || lower.startsWith("<")
                || lower.chars().allMatch(c -> c == '*' || c == 'x' || c == '•' || c == '.')) {
            return false;
        }
        boolean hasDigitOrSymbol = value.chars().anyMatch(c -> !Character.isLetter(c));
        return hasDigitOrSymbol || value.length() >= 12;
    }

    /**
     * A first look that allocates nothing, so the memo and the regular expressions run only for the values that
     * could hold a secret: a {@code user:password@} URL and a {@code key: value} or {@code key=value} assignment
     * need {@code :} or {@code =} (or the word "is"), the token formats need {@code _}, {@code xox}, {@code AKIA},
     * {@code AIza} or {@code eyJ}, a private key needs {@code -----}. Host names, owners, addresses and most notes
     * have none of these. It runs for several fields of every entry, so it uses the JDK's fast searches.
     */
    static boolean mayHoldSecret(String value) {
        return value.indexOf(':') >= 0 || value.indexOf('=') >= 0 || value.indexOf('_') >= 0
                || value.contains("-----") || value.contains("AKIA") || value.contains("AIza") || value.contains("eyJ")
                || value.contains("xox") || hasWordIs(value);
    }

    /**
     * "is" in any case after white space: an assignment in words ({@code password is s3cret}) needs it, since the
     * pattern's {@code \bis\b} follows a keyword and white space. Searched with the JDK's fast substring search.
     */
    private static boolean hasWordIs(String value) {
        for (String is : IS_SPELLINGS) {
            for (int i = value.indexOf(is, 1); i > 0; i = value.indexOf(is, i + 1)) {
                if (Character.isWhitespace(value.charAt(i - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
