package org.auditbench.model;

import java.util.Locale;

/** How an entry's key is matched: literally, or as a pattern the lookup expands. */
public enum KeyKind {
    EXACT, WILDCARD, LIKE, REGEX;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isPattern() {
        return this != EXACT;
    }

    public static KeyKind parse(String text) {
        for (KeyKind k : values()) {
            if (k.id().equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown key kind '" + text + "' (expected exact, wildcard, like or regex)");
    }
}
