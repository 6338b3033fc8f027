package org.auditbench.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered schema migrations. {@code PRAGMA user_version} holds the number of the last one applied;
 * each migration runs in its own transaction together with the version bump.
 */
final class Migrations {

    /** Script resources, in order; the schema version is the number applied. Never edit a released one. */
    private static final List<String> SCRIPTS = List.of("V1__initial.sql", "V2__triage_audit.sql",
            "V3__saved_mappings.sql", "V4__workbench_indexes.sql", "V5__triage_listing_index.sql",
            "V6__scan_write_cost.sql", "V7__scan_rule_counts.sql",
            "V8__scan_owner_counts.sql", "V9__findings_by_scan_entry.sql",
            "V10__findings_fingerprint_entry.sql", "V11__entry_name_facts.sql",
            "V12__entry_shapes.sql");

    private Migrations() {
    }

    static int latest() {
        return SCRIPTS.size();
    }

    static void apply(Connection connection, int from) throws SQLException, WorkspaceException {
        apply(connection, from, latest());
    }

    /**
     * Applies the migrations after {@code from} up to {@code to}; tests build workspaces of older versions with it.
     * Foreign keys are off while they run, as SQLite's procedure for rebuilding a table requires (V11 rebuilds
     * {@code entries}), and each migration commits only if {@code PRAGMA foreign_key_check} finds nothing.
     */
    static void apply(Connection connection, int from, int to) throws SQLException, WorkspaceException {
        boolean checked = SchemaState.checksForeignKeys(connection);
        SchemaState.checkForeignKeys(connection, false);
        try {
            for (int version = from + 1; version <= to; version++) {
                applyOne(connection, version);
            }
        } finally {
            SchemaState.checkForeignKeys(connection, checked);
        }
    }

    private static void applyOne(Connection connection, int version) throws SQLException, WorkspaceException {
        String script = SCRIPTS.get(version - 1);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read(script))) {
                statement.execute(sql);
            }
            try (ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
                if (broken.next()) {
                    throw new SQLException("it would leave row " + broken.getLong(2) + " of " + broken.getString(1)
                            + " referring to a missing row of " + broken.getString(3));
                }
            }
            statement.execute("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new WorkspaceException("schema migration " + script + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Splits a script on semicolons that end a line; comment lines are dropped. */
    static List<String> statements(String script) {
        StringBuilder current = new StringBuilder();
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String read(String script) throws WorkspaceException {
        try (InputStream in = Migrations.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new WorkspaceException("schema script " + script + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WorkspaceException("cannot read schema script " + script + ": " + e.getMessage(), e);
        }
    }
}
