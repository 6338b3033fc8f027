package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.model.Entry;
import org.auditbench.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V12: a V11 workspace's one wide entries table becomes entry rows and entry shapes, and the view {@code entries}
 * gives back every entry as it was (ids included); findings keep pointing at their entries.
 */
class EntryShapesMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersion11WorkspaceKeepsEveryEntryAndFinding() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWorkspace.build(file);
        List<Entry> before = allEntries(file);
        long findings;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            findings = count(s, "SELECT count(*) FROM findings");
            SchemaProbe.entriesAsInVersion11(s);
            s.execute("PRAGMA user_version = 11");
            assertThat(count(s, "SELECT count(*) FROM sqlite_schema WHERE name = 'entries' AND type = 'table'"))
                    .isOne();
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.backup()).isNotNull();
        }

        assertThat(allEntries(file)).hasSize(before.size()).isEqualTo(before);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(count(s, "PRAGMA user_version")).isEqualTo(12);
            assertThat(count(s, "SELECT count(*) FROM sqlite_schema WHERE name = 'entries' AND type = 'view'"))
                    .isOne();
            assertThat(count(s, "SELECT count(*) FROM pragma_foreign_key_list('findings') WHERE \"table\" <> 'scans'"
                    + " AND \"table\" <> 'entry_rows'")).as("findings refer to scans and entry rows only").isZero();
            assertThat(count(s, "SELECT count(*) FROM pragma_foreign_key_list('findings') WHERE \"table\" = 'entry_rows'"))
                    .as("the entry and the related entry").isEqualTo(2);
            assertThat(count(s, "SELECT count(*) FROM findings f JOIN entries e ON e.id = f.entry_id"))
                    .isEqualTo(findings).isPositive();
            try (ResultSet broken = s.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(broken.next()).as("a dangling reference after the rebuild").isFalse();
            }
            // each snapshot's distinct shapes are stored once, under that snapshot
            assertThat(count(s, "SELECT count(*) FROM entry_shapes")).isEqualTo(count(s, "SELECT count(*) FROM"
                    + " (SELECT DISTINCT snapshot_id, key_kind, protocol, target, target_raw, target_kind, port,"
                    + " encryption, username, owner, environment, layer, target_facts FROM entries)"));
            assertThat(count(s, "SELECT count(*) FROM entry_rows r JOIN entry_shapes sh ON sh.id = r.shape_id"
                    + " WHERE sh.snapshot_id <> r.snapshot_id")).isZero();
            assertThat(SchemaProbe.indexes(s, "entry_rows")).contains("entry_rows_by_snapshot");
        }
    }

    private static List<Entry> allEntries(Path file) throws WorkspaceException {
        List<Entry> out = new ArrayList<>();
        try (Workspace ws = Workspace.open(file)) {
            for (Snapshot snapshot : ws.snapshots().all()) {
                ws.entries().<RuntimeException>forEach(snapshot.id(), out::add);
            }
        }
        return out;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
