package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import leaves the identity index out; the first history or comparison builds it, and both read the same
 * with and without it.
 */
class IdentityIndexTest {

    private static final String SEEK = "SELECT id FROM entries WHERE snapshot_id = 2"
            + " AND coalesce(address, domain) = 'email@example.com' AND coalesce(protocol, '') = 'imap'"
            + " AND coalesce(layer, '') = 'fixed'";

    @TempDir
    Path dir;

    @Test
    void anImportLeavesItOutAndTheFirstHistoryBuildsIt() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWorkspace.build(file);
        assertThat(indexes(file)).doesNotContain(IdentityIndex.NAME).contains("entry_rows_by_snapshot");
        List<EntryHistoryDao.Version> history;
        try (Workspace ws = Workspace.open(file)) {
            long incident = firstEntry(ws, "email@example.com");
            history = ws.entryHistory().history(incident);
            assertThat(history).extracting(EntryHistoryDao.Version::snapshotLabel).containsExactly("2026Q3", "2026Q4");
            assertThat(history).allSatisfy(v -> assertThat(v.present()).isTrue());
        }
        assertThat(indexes(file)).contains(IdentityIndex.NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(SchemaProbe.plan(s, SEEK)).contains("INDEX " + IdentityIndex.NAME + " (snapshot_id=? AND");
            // the history looks each snapshot's version up in the index, never reading the entries whole
            assertThat(SchemaProbe.plan(s, EntryHistoryDao.HISTORY_SQL.replace("?", "1")))
                    .contains("INDEX " + IdentityIndex.NAME + " (snapshot_id=? AND").doesNotContain("MATERIALIZE");
        }
        try (Workspace ws = Workspace.open(file)) {
            // built once: the second history reads the same through the index that is there now
            assertThat(ws.entryHistory().history(firstEntry(ws, "email@example.com"))).isEqualTo(history);
        }
    }

    @Test
    void theFirstComparisonBuildsItAndTheNextImportDropsItAgain() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWorkspace.build(file);
        List<String> unindexed = identityOrder(file);
        assertThat(indexes(file)).contains(IdentityIndex.NAME);
        assertThat(identityOrder(file)).isEqualTo(unindexed).isNotEmpty();

        try (Workspace ws = Workspace.open(file);
             SnapshotWriter writer = ws.beginSnapshot(new SnapshotSpec("extra", "csv", "x", null, null, null, null))) {
            writer.commit("00");
        }
        assertThat(indexes(file)).doesNotContain(IdentityIndex.NAME);
    }

    private static List<String> identityOrder(Path file) throws Exception {
        List<String> keys = new ArrayList<>();
        try (Workspace ws = Workspace.open(file);
             ComparisonDao.RowCursor rows = ws.comparisons().inIdentityOrder(latest(ws).id())) {
            for (ComparisonDao.Row row; (row = rows.next()) != null; ) {
                keys.add(row.id() + " " + row.key() + " " + row.protocol() + " " + row.layer());
            }
        }
        return keys;
    }

    private static Snapshot latest(Workspace ws) throws WorkspaceException {
        return ws.snapshots().latestPerSource().get(0);
    }

    private static long firstEntry(Workspace ws, String address) throws WorkspaceException {
        long[] id = {-1};
        ws.entries().<RuntimeException>forEach(latest(ws).id(), e -> {
            if (id[0] < 0 && address.equals(e.address())) {
                id[0] = e.id();
            }
        });
        assertThat(id[0]).as("an entry for %s", address).isPositive();
        return id[0];
    }

    private static List<String> indexes(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            return SchemaProbe.indexes(s, "entry_rows");
        }
    }
}
