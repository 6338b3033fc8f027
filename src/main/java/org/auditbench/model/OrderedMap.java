package org.auditbench.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable copy of a map that keeps its order. {@link Map#copyOf} does not: its iteration order changes
 * from one JVM run to the next, and what is iterated here ends up in stored JSON, printed listings, the report and
 * the wording of findings, which must come out the same every time for the same data.
 */
public final class OrderedMap<K, V> extends AbstractMap<K, V> {

    private static final OrderedMap<?, ?> EMPTY = new OrderedMap<>(new LinkedHashMap<>());

    private final Map<K, V> entries;

    private OrderedMap(LinkedHashMap<K, V> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * {@code map} in its own order, without null keys or values; returned as it is when it is already such a copy
     * (a scan passes the same few cached maps to a million entries).
     */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof OrderedMap) {
            return (Map<K, V>) map;
        }
        if (map.isEmpty()) {
            return (Map<K, V>) EMPTY;
        }
        LinkedHashMap<K, V> copy = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
        return new OrderedMap<>(copy);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return entries.entrySet();
    }

    @Override
    public V get(Object key) {
        return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public int size() {
        return entries.size();
    }
}
