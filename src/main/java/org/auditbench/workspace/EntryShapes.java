package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.auditbench.model.Entry;

/**
 * The few distinct combinations ("shapes") of an import's low-cardinality columns — key kind, protocol, target, raw
 * target, target kind, encryption, username, owner, environment, layer, target facts and port — numbered and kept in a
 * temporary table, so an entry row binds one shape number instead of twelve values.
 *
 * <p>Why: sqlite-jdbc binds each value with its own synchronized JNI call, a UTF-8 copy and a malloc in SQLite; that
 * was about 40% of the writing thread, which is the import's critical path. A million generated entries have about
 * 15,000 shapes (46 distinct targets); one lookup by rowid per row is cheaper than twelve binds.
 *
 * <p>Memory stays bounded: once {@value #MAX_SHAPES} shapes are known, unknown shapes get no number and the writer binds
 * those rows' values directly. The table lives in the connection's temporary schema, so it never reaches the
 * workspace file, and it is dropped when the import ends.
 */
final class EntryShapes implements AutoCloseable {

    static final int MAX_SHAPES = 50_000;
    /** No number: the dictionary is full and the row's values must be bound directly. */
    static final int NONE = -1;
    /** The shape's columns, in the order the temporary table holds them: {@link Shape}'s texts, then the port. */
    static final String COLUMNS = "key_kind, protocol, target, target_raw, target_kind, encryption, username, owner,"
            + " environment, layer, target_facts, port";
    private static final int TEXTS = 11;
    static final String TABLE = "temp.import_entry_shapes";

    private final Connection connection;
    private final PreparedStatement insert;
    private final Map<Shape, Integer> numbers = new HashMap<>();
    private final int maxShapes;

    /** A dictionary of at most {@code maxShapes} shapes ({@link #MAX_SHAPES} in an import). */
    EntryShapes(Connection connection, int maxShapes) throws SQLException {
        this.connection = connection;
        this.maxShapes = maxShapes;
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS " + TABLE);
            ddl.execute("CREATE TABLE " + TABLE + " (id INTEGER PRIMARY KEY, key_kind TEXT, protocol TEXT, target TEXT,"
                    + " target_raw TEXT, target_kind TEXT, encryption TEXT, username TEXT, owner TEXT, environment TEXT,"
                    + " layer TEXT, target_facts TEXT, port INTEGER)");
        }
        this.insert = connection.prepareStatement("INSERT INTO " + TABLE + " VALUES (?" + ",?".repeat(TEXTS + 1) + ")");
    }

    /** The number of this shape, stored first if it is new; {@link #NONE} once the dictionary is full. */
    int number(Shape shape) throws SQLException {
        Integer known = numbers.get(shape);
        if (known != null) {
            return known;
        }
        if (numbers.size() >= maxShapes) {
            return NONE;
        }
        int number = numbers.size() + 1;
        insert.setInt(1, number);
        for (int i = 0; i < TEXTS; i++) {
            insert.setString(i + 2, shape.texts[i]);
        }
        EntryInserts.setInteger(insert, TEXTS + 2, shape.port);
        insert.executeUpdate();
        numbers.put(shape, number);
        return number;
    }

    /** Drops the temporary table (best effort: the connection may be unusable already). */
    @Override
    public void close() {
        try (Statement ddl = connection.createStatement()) {
            insert.close();
            ddl.execute("DROP TABLE IF EXISTS " + TABLE);
        } catch (SQLException ignored) {
            // a temporary table dies with its connection anyway
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
