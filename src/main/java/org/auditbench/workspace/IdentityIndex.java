package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The index of entries by key within a snapshot (schema V2 indexed key, protocol and layer; since V12 protocol and
 * layer are in an entry's shape, and the few rows of one key are filtered by them), which an entry's history and
 * the comparison of two snapshots read. A bulk import drops it instead of updating it: entries arrive in source
 * order, so each would land at a random place in it, and a million such inserts cost several times the sort that
 * {@code CREATE INDEX} does. It is built again by the first history or comparison that needs it, not by the
 * import: a {@code gate} run, which imports into a throw-away workspace and scans it, never reads it, and an
 * import ends 1.4 s sooner at a million entries.
 */
final class IdentityIndex {

    static final String NAME = "entries_by_identity";
    /** The history and comparison queries are written with the same expression. */
    private static final String DEFINITION = "CREATE INDEX IF NOT EXISTS " + NAME + " ON entry_rows (snapshot_id,"
            + " coalesce(address, domain))";
    /** Above this many existing entries, updating the index row by row is cheaper than sorting all of them again. */
    private static final long DROP_BELOW = 2_000_000;

    private IdentityIndex() {
    }

    /**
     * Drops the index before a bulk import when building it again later will pay; call inside the import's
     * transaction. Whether the index is there for the import to update.
     */
    static boolean dropForBulkImport(Connection connection) throws SQLException {
        if (SchemaState.maxId(connection, "entry_rows") < DROP_BELOW) {
            try (Statement s = connection.createStatement()) {
                s.execute("DROP INDEX IF EXISTS " + NAME);
            }
            return false;
        }
        return SchemaState.hasIndex(connection, NAME);
    }

    /** Builds the index if an import dropped it; a look-up in the schema when it is there. */
    static void ensure(Connection connection) throws SQLException {
        if (SchemaState.hasIndex(connection, NAME)) {
            return;
        }
        try (Statement create = connection.createStatement()) {
            create.execute(DEFINITION);
        }
    }
}
