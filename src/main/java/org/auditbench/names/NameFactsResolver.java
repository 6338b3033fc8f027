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
    private final Map<String, NameFacts> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, NameFacts> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public NameFactsResolver(ReservedNames reserved) {
        this.reserved = reserved;
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
