package org.auditbench.names;

import java.util.LinkedHashMap;
import java.util.Map;
import org.auditbench.model.NameFacts;

/**
 * Derives {@link NameFacts} for names, remembering recent answers: configuration tables repeat the same
 * few thousand targets across millions of rows, and a Public Suffix List look-up is the costly part.
 * Not thread-safe; use one per thread.
 */
public final class NameFactsResolver {

    private static final int CACHE_SIZE = 50_000;

    private final ReservedNames reserved;
    private final Map<String, NameFacts> cache;

    public NameFactsResolver(ReservedNames reserved) {
        this(reserved, CACHE_SIZE);
    }

    /**
     * Remembering at most {@code cacheSize} names. A small cache suits names that are many but come in runs (an
     * import's customer domains, a few rows each): a large one would keep every such name until it is evicted, long
     * after its run, which makes the garbage collector copy and promote it for nothing.
     */
    public NameFactsResolver(ReservedNames reserved, int cacheSize) {
        this.reserved = reserved;
        this.cache = new LinkedHashMap<>(Math.min(cacheSize, 1024), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, NameFacts> eldest) {
                return size() > cacheSize;
            }
        };
    }

    public NameFactsResolver() {
        this(ReservedNames.builtIn());
    }

    /** Facts about a normalised DNS name; {@link NameFacts#NONE} for null. */
    public NameFacts forName(String name) {
        if (name == null || name.isEmpty()) {
            return NameFacts.NONE;
        }
        NameFacts known = cache.get(name);
        if (known == null) {
            PublicSuffixes.Suffixes suffixes = PublicSuffixes.of(name);
            known = new NameFacts(name, suffixes.registrable(),
                    reserved.match(name).map(ReservedName::name).orElse(null), suffixes.knownSuffix());
            cache.put(name, known);
        }
        return known;
    }
}
