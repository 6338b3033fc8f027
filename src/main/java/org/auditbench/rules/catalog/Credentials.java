package org.auditbench.rules.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private static final Pattern SECRET_COLUMN = Pattern.compile("(?i).*(password|passwd|pwd|secret|token|api.?key"
            + "|credential|private.?key).*");
    /** Words that follow "password:" in notes without being a password. */
    private static final Set<String> NOT_A_SECRET = Set.of("see", "in", "is", "stored", "vault", "keepass", "rotated",
            "expired", "required", "reset", "changed", "change", "none", "null", "n/a", "unset", "empty", "redacted",
            "hidden", "masked", "manager", "policy", "protected", "auth", "authentication", "login", "less", "based",
            "ask", "via", "from", "per", "on", "the", "a", "an", "not", "same", "sso");
    /** Cheap first look, so the regular expressions run only on the rare values that could hold a secret. */
    private static final String[] HINTS = {"pass", "pwd", "secret", "token", "key", "bearer", "@", "-----begin",
        "akia", "gh", "xox", "aiza", "sk_live", "eyj"};

    private Credentials() {
    }

    /** The first credential in any field of {@code entry}, extra columns included. */
    static Optional<Hit> find(Entry entry, List<Pattern> policyPatterns) {
        Optional<Hit> hit = inValue("target", entry.targetRaw(), policyPatterns);
        if (hit.isEmpty()) {
            hit = inValue("username", entry.username(), policyPatterns);
        }
        if (hit.isEmpty()) {
            hit = inValue("owner", entry.owner(), policyPatterns);
        }
        if (hit.isEmpty()) {
            hit = inValue("justification", entry.justification(), policyPatterns);
        }
        if (hit.isEmpty()) {
            hit = inValue("domain", entry.address() != null ? entry.address() : entry.domain(), policyPatterns);
        }
        for (Map.Entry<String, String> extra : entry.extra().entrySet()) {
            if (hit.isPresent()) {
                break;
            }
            String value = extra.getValue();
            if (SECRET_COLUMN.matcher(extra.getKey()).matches() && looksLikeSecretValue(value.strip())) {
                hit = Optional.of(new Hit(extra.getKey(), "a value in a column named like a secret",
                        value.strip().length()));
            } else {
                hit = inValue(extra.getKey(), value, policyPatterns);
            }
        }
        return hit;
    }

    /** {@code text} with every credential replaced by {@code [REDACTED]}. */
    static String redact(String text) {
        if (text == null || !mayHoldSecret(text)) {
            return text;
        }
        String out = URL_USERINFO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group().substring(0, m.start(1) - m.start()) + m.group(1) + ":[REDACTED]@"));
        Matcher assignment = ASSIGNMENT.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (assignment.find()) {
            String replacement = looksLikeSecretValue(assignment.group(2))
                    ? assignment.group().substring(0, assignment.start(2) - assignment.start()) + "[REDACTED]"
                    : assignment.group();
            assignment.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        assignment.appendTail(sb);
        out = TOKEN.matcher(sb.toString()).replaceAll("[REDACTED]");
        return PRIVATE_KEY.matcher(out).find() ? "[REDACTED: contains a private key]" : out;
    }

    private static Optional<Hit> inValue(String field, String value, List<Pattern> policyPatterns) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        for (Pattern pattern : policyPatterns) {
            Matcher m = pattern.matcher(value);
            if (m.find()) {
                return Optional.of(new Hit(field, "a match of the policy's secret pattern", m.group().length()));
            }
        }
        if (!mayHoldSecret(value)) {
            return Optional.empty();
        }
        Matcher m = URL_USERINFO.matcher(value);
        if (m.find()) {
            return Optional.of(new Hit(field, "a password in a URL (user:password@host)", m.group(2).length()));
        }
        m = ASSIGNMENT.matcher(value);
        while (m.find()) {
            if (looksLikeSecretValue(m.group(2))) {
                return Optional.of(new Hit(field, "a " + m.group(1).toLowerCase(Locale.ROOT) + " assignment",
                        m.group(2).length()));
            }
        }
        if (PRIVATE_KEY.matcher(value).find()) {
            return Optional.of(new Hit(field, "a private key", value.length()));
        }
        m = TOKEN.matcher(value);
        if (m.find()) {
            return Optional.of(new Hit(field, "an access token", m.group().length()));
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

    private static boolean mayHoldSecret(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String hint : HINTS) {
            if (lower.contains(hint)) {
                return true;
            }
        }
        return false;
    }
}
