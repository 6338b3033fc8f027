package org.auditbench.model;

/**
 * Policy-independent facts about one name, derived once at import so scans never re-derive them.
 *
 * @param name        the normalised name judged (for patterns: their fixed part; for templates: resolved)
 * @param registrable the registrable domain per the Public Suffix List, or null (IP, public suffix, unknown TLD)
 * @param reserved    the special-use name it equals or lies under (e.g. {@code example.com}), or null
 * @param knownSuffix whether the name ends in a suffix of the Public Suffix List
 */
public record NameFacts(String name, String registrable, String reserved, boolean knownSuffix) {

    public static final NameFacts NONE = new NameFacts(null, null, null, false);

    public boolean isReserved() {
        return reserved != null;
    }
}
