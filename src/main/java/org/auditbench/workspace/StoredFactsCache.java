package org.auditbench.workspace;

import java.util.Objects;
import org.auditbench.model.NameFacts;

/**
 * The stored form of recent name facts, for one writer thread. An import's name-fact resolver hands out the same
 * {@link NameFacts} object for every row that names the same host, and a million rows name a few thousand targets,
 * whose stored form (their registrable domain differs from the name) would otherwise be built again for each row.
 * Direct-mapped by the object's identity: a collision only costs building the form once more.
 */
final class StoredFactsCache {

    private static final int SLOTS = 1024;

    private final NameFacts[] facts = new NameFacts[SLOTS];
    private final String[] bases = new String[SLOTS];
    private final String[] stored = new String[SLOTS];

    /** As {@link StoredFacts#encode}. */
    String encode(NameFacts f, String base) {
        int slot = System.identityHashCode(f) & (SLOTS - 1);
        if (facts[slot] == f && Objects.equals(bases[slot], base)) {
            return stored[slot];
        }
        String form = StoredFacts.encode(f, base);
        facts[slot] = f;
        bases[slot] = base;
        stored[slot] = form;
        return form;
    }
}
