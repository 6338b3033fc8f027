package org.auditbench.workspace;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.auditbench.model.Entry;

/**
 * The numbers of a snapshot's shapes: the distinct combinations of an entry's low-cardinality columns — key kind,
 * protocol, target, raw target, target kind, port, encryption, username, owner, environment, layer and target facts —
 * each stored once in {@code entry_shapes} (schema V12), so an entry row stores and binds one number instead of
 * twelve values.
 *
 * <p>Why: a million generated entries have about 15,000 shapes (46 distinct targets). Storing the wide row cost 1.6x
 * what sqlite3's {@code .import} of the whole CSV costs, before any parsing; and sqlite-jdbc binds each value with its
 * own synchronized JNI call, a UTF-8 copy and a malloc in SQLite.
 *
 * <p>Memory stays bounded: once {@value #MAX_SHAPES} shapes are remembered, the dictionary starts again, so a shape
 * seen before may be stored a second time under a new number. That costs a row in {@code entry_shapes}, never a wrong
 * entry: the view {@code entries} joins each row to the shape it was written with. Not thread-safe: one thread numbers.
 */
final class EntryShapes {

    static final int MAX_SHAPES = 50_000;
    /** {@link #known} of a shape without a number yet. */
    static final long UNKNOWN = -1;

    private final Map<Shape, Long> numbers = new HashMap<>();
    private final int maxShapes;
    private long next;

    /** Numbers from {@code first} on, at most {@code maxShapes} of them remembered at a time. */
    EntryShapes(long first, int maxShapes) {
        this.next = first;
        this.maxShapes = maxShapes;
    }

    /** The number of this shape, or {@link #UNKNOWN}. */
    long known(Shape shape) {
        Long number = numbers.get(shape);
        return number == null ? UNKNOWN : number;
    }

    /** A new number for a shape that had none; the caller stores the shape under it. */
    long add(Shape shape) {
        if (numbers.size() >= maxShapes) {
            numbers.clear();
        }
        long number = next++;
        numbers.put(shape, number);
        return number;
    }

    /** One combination of the shape's columns; nulls allowed. The hash is computed once: each is looked up once. */
    static final class Shape {
        /** The texts' columns in the order of {@link #texts}; the port follows them. */
        static final String COLUMNS = "key_kind, protocol, target, target_raw, target_kind, encryption, username,"
                + " owner, environment, layer, target_facts, port";
        static final int TEXTS = 11;

        final String[] texts;
        final Integer port;
        private final int hash;

        /** The entry's shape; key and target kind as their ids, target facts in their stored form. */
        Shape(Entry e, String keyKind, String targetKind, String targetFacts) {
            this.texts = new String[] {keyKind, e.protocol(), e.target(), e.targetRaw(), targetKind, e.encryption(),
                e.username(), e.owner(), e.environment(), e.layer(), targetFacts};
            this.port = e.port();
            this.hash = 31 * Arrays.hashCode(texts) + Objects.hashCode(port);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Shape shape && hash == shape.hash && Objects.equals(port, shape.port)
                    && Arrays.equals(texts, shape.texts);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
