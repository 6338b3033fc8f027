package org.auditbench.model;

import java.util.Locale;

/** What an entry's target turned out to be once parsed. */
public enum TargetKind {
    /** A DNS host name. */
    NAME,
    IPV4,
    IPV6,
    /** A host name containing placeholders such as {@code %EMAILDOMAIN%}, judged after resolution. */
    TEMPLATE,
    /** The entry has no target (e.g. a pure policy row). */
    NONE,
    /** Not a usable host name or address. */
    INVALID;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TargetKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
