package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.auditbench.model.Entry;

/**
 * The distinct combinations ("shapes") of a snapshot's low-cardinality columns — key kind, protocol, target, raw
 * target, target kind, port, encryption, username, owner, environment, layer and target facts — each stored once in
 * {@code entry_shapes} (schema V12), so an entry row stores and binds one shape number instead of twelve values.
 *
 * <p>Why: a million generated entries have about 15,000 shapes (46 distinct targets). Storing the wide row cost 1.6x
 * what sqlite3's {@code .import} of the whole CSV costs, before any parsing; and sqlite-jdbc binds each value with its
 * own synchronized JNI call, a UTF-8 copy and a malloc in SQLite.
 *
 * <p>Memory stays bounded: once {@value #MAX_SHAPES} shapes are remembered, the dictionary starts again, so a shape
 * seen before may be stored a second time under a new number. That costs a row in {@code entry_shapes}, never a wrong
 * entry: the view {@code entries} joins each row to the shape it was written with.
 */
final class EntryShapes implements AutoCloseable {

    static final int MAX_SHAPES = 50_000;
    private static final int TEXTS = 11;

    private final PreparedStatement insert;
    private final Map<Shape, Long> numbers = new HashMap<>();
    private final int maxShapes;
    private long next;

    /**
     * A dictionary of at most {@code maxShapes} shapes ({@link #MAX_SHAPES} in an import) for one snapshot; call inside
     * the import's transaction, which keeps other writers out while the numbers are handed out.
     */
    EntryShapes(Connection connection, long snapshotId, int maxShapes) throws SQLException {
        this.maxShapes = maxShapes;
        try (Statement s = connection.createStatement();
             ResultSet last = s.executeQuery("SELECT ifnull(max(id), 0) FROM entry_shapes")) {
            last.next();
            this.next = last.getLong(1) + 1;
        }
        this.insert = connection.prepareStatement("INSERT INTO entry_shapes (id, snapshot_id, key_kind, protocol, target,"
                + " target_raw, target_kind, encryption, username, owner, environment, layer, target_facts, port)"
                + " VALUES (?, " + snapshotId + ",?" + ",?".repeat(TEXTS) + ")");
    }

    /** The number of this shape, stored first if it is new. */
    long number(Shape shape) throws SQLException {
        Long known = numbers.get(shape);
        if (known != null) {
            return known;
        }
        if (numbers.size() >= maxShapes) {
            numbers.clear();
        }
        long number = next++;
        insert.setLong(1, number);
        for (int i = 0; i < TEXTS; i++) {
            insert.setString(i + 2, shape.texts[i]);
        }
        EntryInserts.setInteger(insert, TEXTS + 2, shape.port);
        insert.executeUpdate();
        numbers.put(shape, number);
        return number;
    }

    @Override
    public void close() {
        try {
            insert.close();
        } catch (SQLException ignored) {
            // the statement dies with the connection anyway
        }
    }

    /** One combination of the shape's columns; nulls allowed. The hash is computed once: each is looked up once. */
    static final class Shape {
        private final String[] texts;
        private final Integer port;
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
