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

    /** Whether {@code name} is itself a public suffix ({@code co.jp}, {@code com}). */
    public static boolean isPublicSuffix(String name) {
        InternetDomainName parsed = parse(name);
        return parsed != null && parsed.isPublicSuffix();
    }

    private static InternetDomainName parse(String name) {
        if (name == null || name.isEmpty() || !InternetDomainName.isValid(name)) {
            return null;
        }
        return InternetDomainName.from(name);
    }
}
