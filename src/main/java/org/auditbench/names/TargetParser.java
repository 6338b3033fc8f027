package org.auditbench.names;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auditbench.model.TargetKind;

/**
 * Reads the host an entry routes to out of whatever the source wrote: a host name, {@code host:port},
 * a URL, {@code [v6]:port}, a bare IPv4/IPv6 address, or a template such as {@code mail.%EMAILDOMAIN%}.
 * An unusable host is not an error here: it becomes {@link TargetKind#INVALID} with the reason, for the
 * rules to report.
 */
public final class TargetParser {

    private static final Pattern URL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)(.*)$", Pattern.DOTALL);
    private static final Pattern TEMPLATE = Pattern.compile("%[A-Za-z]+%");
    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

    private TargetParser() {
    }

    public static ParsedTarget parse(String raw) throws NameException {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return ParsedTarget.none();
        }
        Matcher url = URL.matcher(text);
        if (url.matches()) {
            String authority = url.group(2);
            int at = authority.lastIndexOf('@');
            ParsedTarget inner = hostAndPort(at >= 0 ? authority.substring(at + 1) : authority, text);
            return new ParsedTarget(inner.host(), inner.kind(), inner.port(), url.group(1).toLowerCase(Locale.ROOT),
                    at >= 0, inner.problem());
        }
        return hostAndPort(text, text);
    }

    private static ParsedTarget hostAndPort(String text, String original) throws NameException {
        if (text.isEmpty()) {
            return invalid(original, "it has no host");
        }
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                return invalid(original, "the IPv6 literal has no closing ']'");
            }
            Integer port = null;
            String rest = text.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    return invalid(original, "unexpected text after the IPv6 literal");
                }
                port = port(rest.substring(1), original);
            }
            return ipv6(text.substring(1, close), port, original);
        }
        int colons = count(text, ':');
        if (colons > 1) {
            return ipv6(text, null, original);
        }
        if (colons == 1) {
            int colon = text.indexOf(':');
            return host(text.substring(0, colon), port(text.substring(colon + 1), original), original);
        }
        return host(text, null, original);
    }

    private static ParsedTarget host(String text, Integer port, String original) throws NameException {
        if (TEMPLATE.matcher(text).find()) {
            return new ParsedTarget(normaliseTemplate(text), TargetKind.TEMPLATE, port, null, false, null);
        }
        String name = HostNames.normalise(text);
        if (IPV4.matcher(name).matches()) {
            IPAddress address = new IPAddressString(name).getAddress();
            if (address == null || !address.isIPv4()) {
                return invalid(original, "'" + name + "' is not a valid IPv4 address");
            }
            return new ParsedTarget(address.toCanonicalString(), TargetKind.IPV4, port, null, false, null);
        }
        String problem = HostNames.problem(name);
        return new ParsedTarget(name, problem == null ? TargetKind.NAME : TargetKind.INVALID, port, null, false,
                problem);
    }

    private static ParsedTarget ipv6(String text, Integer port, String original) {
        IPAddress address = new IPAddressString(text).getAddress();
        if (address == null || !address.isIPv6()) {
            return invalid(original, "'" + text + "' is not a valid IPv6 address");
        }
        return new ParsedTarget(address.toCanonicalString(), TargetKind.IPV6, port, null, false, null);
    }

    /** Keeps placeholders as written (upper-case) and normalises the literal parts around them. */
    private static String normaliseTemplate(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = TEMPLATE.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text.substring(last, m.start()).toLowerCase(Locale.ROOT));
            out.append(m.group().toUpperCase(Locale.ROOT));
            last = m.end();
        }
        out.append(text.substring(last).toLowerCase(Locale.ROOT));
        String result = out.toString();
        return result.endsWith(".") ? result.substring(0, result.length() - 1) : result;
    }

    /** Substitutes what can be known from the entry's own key; null when the host stays unresolvable. */
    public static String resolveTemplate(String template, String domain, String address) {
        if (domain == null) {
            return null;
        }
        String resolved = template.replace("%EMAILDOMAIN%", domain);
        if (address != null) {
            int at = address.indexOf('@');
            resolved = resolved.replace("%EMAILADDRESS%", address).replace("%EMAILLOCALPART%", address.substring(0, at));
        }
        return TEMPLATE.matcher(resolved).find() ? null : resolved;
    }

    private static Integer port(String text, String original) throws NameException {
        if (text.isEmpty() || !text.chars().allMatch(Character::isDigit) || text.length() > 9) {
            throw new NameException("'" + original + "' has a port '" + text + "' that is not a number");
        }
        return Integer.valueOf(text);
    }

    private static ParsedTarget invalid(String original, String why) {
        return new ParsedTarget(original.toLowerCase(Locale.ROOT), TargetKind.INVALID, null, null, false, why);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
