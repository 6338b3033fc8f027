package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Indexes on entries that a bulk import rebuilds in one sort instead of updating row by row. Entries
 * arrive in source order, so every row lands at a random place in an index keyed by domain; a million
 * such inserts cost several times the sort {@code CREATE INDEX} does. Rebuilding reads the whole table,
 * though, so it is only worth it while the workspace is not much larger than a big import.
 * Dropping and re-creating happen inside the import transaction: a failed import restores the index.
 */
final class DeferredIndexes {

    /** Keyed by entry identity (key, protocol, layer), used by diff, history and the cross-snapshot rules. */
    private static final List<String> NAMES = List.of("entries_by_identity");
    /** Above this many existing entries, updating row by row is cheaper than re-sorting all of them. */
    private static final long REBUILD_BELOW = 2_000_000;

    private final List<String> definitions;

    private DeferredIndexes(List<String> definitions) {
        this.definitions = definitions;
    }

    /** Drops the deferred indexes when rebuilding them later will pay; call inside the import transaction. */
    static DeferredIndexes dropIfWorthIt(Connection connection) throws SQLException {
        if (existingEntries(connection) >= REBUILD_BELOW) {
            return new DeferredIndexes(List.of());
        }
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?")) {
            for (String name : NAMES) {
                find.setString(1, name);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next() && rs.getString(1) != null) {
                        names.add(name);
                        definitions.add(rs.getString(1));
                    }
                }
            }
        }
        // dropped only once the schema query is closed: SQLite refuses DDL while a read of it is open
        try (Statement drop = connection.createStatement()) {
            for (String name : names) {
                drop.execute("DROP INDEX " + name);
            }
        }
        return new DeferredIndexes(definitions);
    }

    /** Re-creates what was dropped, with the definitions read from the schema itself. */
    void rebuild(Connection connection) throws SQLException {
        try (Statement create = connection.createStatement()) {
            for (String definition : definitions) {
                create.execute(definition);
            }
        }
    }

    /** The highest entry id: an upper bound of the row count that costs no table scan. */
    private static long existingEntries(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT max(id) FROM entries")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
