package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.auditbench.demo.DemoWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V9: an entry's findings in a scan are found, and aggregated, through (scan_id, entry_id, severity_rank). */
class FindingsIndexMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersion8WorkspaceGetsTheScanEntryIndexInPlaceOfTheEntryIndex() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWorkspace.build(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP INDEX findings_by_scan_entry");
            s.execute("CREATE INDEX findings_by_entry ON findings (entry_id, scan_id)");
            SchemaProbe.entriesAsInVersion10(s);
            s.execute("PRAGMA user_version = 8");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.backup()).isNotNull();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(SchemaProbe.indexes(s, "findings")).contains("findings_by_scan_entry")
                    .doesNotContain("findings_by_entry");
            // the look-ups the entries tree, the report and probe make read the index alone or seek in it
            assertThat(SchemaProbe.plan(s,
                    "SELECT entry_id, min(severity_rank) FROM findings WHERE scan_id = 1 GROUP BY entry_id"))
                    .contains("COVERING INDEX findings_by_scan_entry");
            assertThat(SchemaProbe.plan(s,
                    "SELECT min(severity_rank) FROM findings WHERE scan_id = 1 AND entry_id = 7"))
                    .contains("COVERING INDEX findings_by_scan_entry (scan_id=? AND entry_id=?)");
        }
    }
}
