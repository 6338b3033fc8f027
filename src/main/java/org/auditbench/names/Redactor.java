package org.auditbench.names;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks credential-looking substrings before text leaves the workspace (reports, findings, listings): values of
 * {@code password=}, {@code secret:}, {@code token=} and similar keys, the password in
 * {@code scheme://user:password@host}, bearer tokens, private-key blocks, well-known token formats and
 * long random-looking tokens. What surrounds a secret stays, so a reader still sees where it was.
 * Errs on the side of masking: a masked harmless value costs less than a leaked password.
 */
public final class Redactor {

    public static final String MASK = "[redacted]";

    /** Words that start every credential pattern below, lower-case; text without any of them is left alone. */
    private static final String[] KEYWORDS = {"pass", "pwd", "secret", "token", "apikey", "api_key", "api-key",
        "private_key", "private-key", "privatekey", "credential", "bearer", "basic", "-----begin", "akia", "gh",
        "xox", "sk_live", "eyj"};

    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)", Pattern.DOTALL);

    private static final Pattern URL_PASSWORD = Pattern.compile(
            "(?i)\\b([a-z][a-z0-9+.-]*://[^\\s/:@]*):([^\\s/@]+)@");

    /** {@code user:password@host} without a scheme (mailto: is an address, not a credential). */
    private static final Pattern BARE_USER_PASSWORD = Pattern.compile(
            "(?i)(?<![\\w./:@-])(?!mailto:)([a-z0-9._%+-]+):([^\\s/@:]+)@(?=[a-z0-9-]+\\.)");

    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)\\b(password|passwd|passphrase|pwd|pass|secret|client[_-]?secret|shared[_-]?secret|token"
                    + "|access[_-]?token|auth[_-]?token|refresh[_-]?token|api[_-]?key|private[_-]?key|credentials?)"
                    + "(\\s*[=:]\\s*|\\s+is\\s+)(\"[^\"]*\"|'[^']*'|[^\\s,;&]+)");

    private static final Pattern AUTH_SCHEME = Pattern.compile("(?i)\\b(bearer|basic)\\s+([A-Za-z0-9._~+/=-]{8,})");

    private static final Pattern KNOWN_TOKENS = Pattern.compile(
            "\\b(?:AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|xox[abprs]-[A-Za-z0-9-]{10,}|sk_live_[A-Za-z0-9]{16,}"
                    + "|eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,})");

    /**
     * A run of 32+ token characters: random keys look like this; UUIDs and hex digests are let through below.
     * '/' ends a run, so file paths and URLs are not mistaken for keys.
     */
    private static final Pattern LONG_TOKEN = Pattern.compile("[A-Za-z0-9+_=-]{32,}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Redactor() {
    }

    /** The text with every credential-looking part replaced by {@link #MASK}; null stays null. */
    public static String redact(String text) {
        if (text == null || text.length() < 4 || !suspect(text)) {
            return text;
        }
        return mask(text);
    }

    /**
     * The patterns, apart from the first look: callers that pass mostly harmless text (a scan's evidence, a report's
     * cells) then compile the look alone into their code, not seven regular expressions each.
     */
    private static String mask(String text) {
        String out = PRIVATE_KEY.matcher(text).replaceAll("[redacted private key]");
        out = URL_PASSWORD.matcher(out).replaceAll("$1:" + Matcher.quoteReplacement(MASK) + "@");
        out = BARE_USER_PASSWORD.matcher(out).replaceAll("$1:" + Matcher.quoteReplacement(MASK) + "@");
        out = KEY_VALUE.matcher(out).replaceAll(m -> m.group(3).equals(MASK) ? Matcher.quoteReplacement(m.group())
                : Matcher.quoteReplacement(m.group(1) + m.group(2) + MASK));
        out = AUTH_SCHEME.matcher(out).replaceAll("$1 " + Matcher.quoteReplacement(MASK));
        out = KNOWN_TOKENS.matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
        return LONG_TOKEN.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                looksRandom(m.group()) ? MASK : m.group()));
    }

    /**
     * A cheap first look, so the patterns only run on text that could hold a credential: a run of 32 token
     * characters, a {@code user:password@} shape, or one of the {@link #KEYWORDS}. Millions of cells pass
     * through here when a large report is written.
     */
    public static boolean suspect(String text) {
        int run = 0;
        boolean colonInWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '_'
                    || c == '=' || c == '-') {
                if (++run >= 32) {
                    return true;
                }
                continue;
            }
            run = 0;
            if (c == ':') {
                colonInWord = true;
            } else if (c == '@' && colonInWord) {
                return true;
            } else if (Character.isWhitespace(c) || c == '/') {
                colonInWord = false;
            }
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String keyword : KEYWORDS) {
            if (lower.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits mixed, and not a UUID or a lower-case hex digest (those are identifiers, not keys). */
    private static boolean looksRandom(String token) {
        if (UUID.matcher(token).matches() || token.matches("[0-9a-f]+")) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit;
    }
}
