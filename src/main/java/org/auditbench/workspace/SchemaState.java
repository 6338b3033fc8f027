package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a connection sees of the workspace's schema and settings, for the classes that change them for a while: the
 * deferred indexes ({@link IdentityIndex}, {@link FingerprintIndex}), the migrations and the scan's writer.
 */
final class SchemaState {

    private SchemaState() {
    }

    /** Whether the index exists as this connection sees it (inside its transaction, if one is open). */
    static boolean hasIndex(Connection connection, String name) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?")) {
            find.setString(1, name);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The largest id in {@code table}, 0 when empty: an upper bound of its row count, read without a table scan. */
    static long maxId(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT max(id) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static boolean checksForeignKeys(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** Turns foreign-key checks on or off; only outside a transaction, as SQLite ignores the pragma inside one. */
    static void checkForeignKeys(Connection connection, boolean on) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        }
    }
}
