package org.auditbench.names;

import com.google.common.net.InternetDomainName;

/** Registrable domains from the Public Suffix List bundled with Guava (ICANN and private sections). */
public final class PublicSuffixes {

    private PublicSuffixes() {
    }

    /** The registrable domain of {@code name} ({@code imapgms.jnet.sei.co.jp} → {@code sei.co.jp}), or null. */
    public static String registrable(String name) {
        InternetDomainName parsed = parse(name);
        return parsed != null && parsed.isUnderPublicSuffix() ? parsed.topPrivateDomain().toString() : null;
    }

    /** Whether {@code name} ends in a suffix the list knows; false for unknown TLDs such as {@code .corp}. */
    public static boolean hasKnownSuffix(String name) {
        InternetDomainName parsed = parse(name);
        return parsed != null && parsed.hasPublicSuffix();
    }

    /** The registrable domain (or null) and whether the suffix is known, for one name. */
    public record Suffixes(String registrable, boolean knownSuffix) {
    }

    /**
     * Both facts from a single parse: an import derives them for every distinct name of a million-row
     * table, and parsing once instead of four times (validate, parse, again for the second fact) was a
     * measurable share of its reading thread.
     */
    public static Suffixes of(String name) {
        InternetDomainName parsed = parse(name);
        if (parsed == null) {
            return new Suffixes(null, false);
        }
        return new Suffixes(parsed.isUnderPublicSuffix() ? parsed.topPrivateDomain().toString() : null,
                parsed.hasPublicSuffix());
    }

    /** Whether {@code name} is itself a public suffix ({@code co.jp}, {@code com}). */
    public static boolean isPublicSuffix(String name) {
        InternetDomainName parsed = parse(name);
        return parsed != null && parsed.isPublicSuffix();
    }

    /** Null for what Guava does not accept as a domain name (isValid would parse it a second time). */
    private static InternetDomainName parse(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        try {
            return InternetDomainName.from(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
