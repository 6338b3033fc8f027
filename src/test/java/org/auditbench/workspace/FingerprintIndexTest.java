package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.model.NewFinding;
import org.auditbench.model.Severity;
import org.auditbench.rules.engine.ScanService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan writes its findings without the fingerprint index and builds it again before it commits; a scan that
 * does not commit leaves the index as it was; a workspace with many findings keeps it.
 */
class FingerprintIndexTest {

    private static final ScanSpec SPEC = new ScanSpec("test", "rules: {}", "0".repeat(64), "none", List.of(1L));

    @TempDir
    Path dir;

    @Test
    void aScanDropsItWhileWritingAndCommitsWithIt() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWorkspace.build(file);
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.hasIndex(FingerprintIndex.NAME)).isTrue();
            long entry = ws.entries().byIds(List.of(1L)).keySet().iterator().next();
            try (ScanWriter writer = ws.beginScan(SPEC)) {
                assertThat(ws.hasIndex(FingerprintIndex.NAME)).as("while the scan writes").isFalse();
                writer.add(new NewFinding(entry, null, "missing-owner", Severity.LOW, "f".repeat(32), "m", "e"));
                writer.commit(new OwnerTally());
            }
            assertThat(ws.hasIndex(FingerprintIndex.NAME)).isTrue();
            try (ScanWriter writer = ws.beginScan(SPEC)) {
                writer.add(new NewFinding(entry, null, "missing-owner", Severity.LOW, "f".repeat(32), "m", "e"));
            }
            assertThat(ws.hasIndex(FingerprintIndex.NAME)).as("after a scan rolled back").isTrue();
            new ScanService(ws).scan(DemoWorkspace.policy());
            assertThat(ws.hasIndex(FingerprintIndex.NAME)).as("after a whole scan").isTrue();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(SchemaProbe.plan(s, "SELECT severity_rank FROM findings WHERE scan_id = 2 AND fingerprint = 'x'"))
                    .contains("COVERING INDEX " + FingerprintIndex.NAME);
        }
    }

    @Test
    void withManyFindingsAlreadyTheIndexStays() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWorkspace.build(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            assertThat(FingerprintIndex.dropForScan(c, 1)).isFalse();
            try (Statement s = c.createStatement()) {
                assertThat(SchemaProbe.indexes(s, "findings")).contains(FingerprintIndex.NAME);
            }
            assertThat(FingerprintIndex.dropForScan(c, Long.MAX_VALUE)).isTrue();
            try (Statement s = c.createStatement()) {
                assertThat(SchemaProbe.indexes(s, "findings")).doesNotContain(FingerprintIndex.NAME);
            }
            c.rollback();
        }
    }
}
