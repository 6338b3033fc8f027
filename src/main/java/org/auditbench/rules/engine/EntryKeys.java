package org.auditbench.rules.engine;

import org.auditbench.model.Entry;

/**
 * 64-bit hashes that stand in for an entry's identity, its lookup key and its route while a scan compares
 * a million entries with each other; FNV-1a over the fields with a separator. A collision can only make an
 * entry a candidate for the neighbour pass, where whole entries are compared again.
 */
final class EntryKeys {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private EntryKeys() {
    }

    /** What makes "the same entry" across snapshots: layer, protocol and key. */
    static long identity(String layer, String protocol, String key) {
        return hash(hash(hash(OFFSET, layer), protocol), key);
    }

    static long identity(Entry e) {
        return identity(e.layer(), e.protocol(), e.key());
    }

    /** What an autodiscover lookup asks for: key and protocol, whatever the layer. */
    static long lookup(Entry e) {
        return hash(hash(OFFSET, e.protocol()), e.key());
    }

    /** Where the entry sends clients: target and port. */
    static long route(String target, Integer port) {
        long h = hash(OFFSET, target);
        return (h ^ (port == null ? -1 : port)) * PRIME;
    }

    static long route(Entry e) {
        return route(e.target(), e.port());
    }

    /** One key from an identity and a route. */
    static long mix(long identity, long route) {
        return (identity * 31 + route) * PRIME;
    }

    private static long hash(long h, String s) {
        if (s != null) {
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * PRIME;
            }
        }
        return (h ^ 0x1f) * PRIME;
    }
}
