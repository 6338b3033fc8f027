package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-rule counts a scan stores for the overview and the findings filter (V7). */
class ScanRuleCountsTest {

    @TempDir
    Path dir;

    @Test
    void theStoredCountsAreThoseOfTheFindingsAndAnOlderWorkspaceGetsThemOnUpgrade() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWorkspace.build(file);
        List<OverviewDao.Count> stored;
        long scanId;
        try (Workspace ws = Workspace.open(file)) {
            scanId = ws.scans().latest().orElseThrow().id();
            stored = ws.overview().findingsByRule(scanId);
            assertThat(stored).isEqualTo(aggregated(ws, scanId));
            assertThat(ws.findingSearch().rules(scanId)).containsExactlyElementsOf(
                    stored.stream().map(OverviewDao.Count::name).toList());
        }
        // a workspace of the previous version: no counts yet, the migration computes them from the findings
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TABLE scan_rule_counts");
            s.execute("DROP TABLE scan_owner_counts"); // added after V6 too
            SchemaProbe.entriesAsInVersion10(s);
            s.execute("PRAGMA user_version = 6");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.backup()).isNotNull();
            assertThat(ws.overview().findingsByRule(scanId)).isEqualTo(stored);
        }
    }

    private static List<OverviewDao.Count> aggregated(Workspace ws, long scanId) throws Exception {
        Map<String, long[]> byRule = new TreeMap<>();
        ws.findings().<RuntimeException>forEach(scanId, FindingQuery.ALL, (Finding f) -> {
            long[] c = byRule.computeIfAbsent(f.rule(), r -> new long[] {0, Long.MAX_VALUE});
            c[0]++;
            c[1] = Math.min(c[1], f.severity().ordinal());
        });
        return byRule.entrySet().stream()
                .sorted((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
                        : a.getKey().compareTo(b.getKey()))
                .map(e -> new OverviewDao.Count(e.getKey(), e.getValue()[0],
                        EntryGroupDao.severity((int) e.getValue()[1])))
                .toList();
    }
}
