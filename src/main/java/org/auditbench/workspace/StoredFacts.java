package org.auditbench.workspace;

import org.auditbench.model.NameFacts;

/**
 * How an entry's name facts are stored: a name equal to the domain or target it was derived from, and a registrable
 * domain equal to that name, are stored as the empty string, which no name or registrable domain is; a missing one
 * is NULL, as always. In a million entries about 99% of names and 96% of registrable domains repeat their row, so
 * an import binds and stores an empty value instead of a copy of the domain (issue 3), and the scan's packed rows
 * carry {@code ""} instead of the name again. Rows written before this kept the copies; they read the same, so
 * existing workspaces need no migration.
 */
final class StoredFacts {

    /** Stored for a value that repeats the one it was derived from. */
    private static final String SAME = "";

    private StoredFacts() {
    }

    /** The stored name of {@code facts} derived from {@code base} (the entry's domain or target). */
    static String name(NameFacts facts, String base) {
        String name = facts.name();
        return name != null && name.equals(base) ? SAME : name;
    }

    /** The stored registrable domain of {@code facts}. */
    static String registrable(NameFacts facts) {
        String registrable = facts.registrable();
        return registrable != null && registrable.equals(facts.name()) ? SAME : registrable;
    }

    /** The facts stored as {@code storedName} (and the rest) for an entry whose domain or target is {@code base}. */
    static NameFacts read(String base, String storedName, String storedRegistrable, String reserved, boolean knownSuffix) {
        String name = resolve(storedName, base);
        if (name == null) {
            return NameFacts.NONE;
        }
        return new NameFacts(name, resolve(storedRegistrable, name), reserved, knownSuffix);
    }

    private static String resolve(String stored, String base) {
        return stored != null && stored.isEmpty() ? base : stored;
    }
}
