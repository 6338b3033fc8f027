package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.model.NewFinding;
import org.auditbench.model.Severity;
import org.auditbench.rules.engine.ScanService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan writes without foreign-key checks; what it writes must still satisfy them, and they come back on. */
class ScanForeignKeysTest {

    @TempDir
    Path dir;

    @Test
    void aRescanWithTriageLeavesNoDanglingReferenceAndChecksAreBackOn() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWorkspace.build(file);
        try (Workspace ws = Workspace.open(file)) {
            new ScanService(ws).scan(DemoWorkspace.policy());
            assertThat(ws.checksForeignKeys()).isTrue();
        }
        assertThat(violations(file)).isEmpty();
    }

    @Test
    void aScanClosedWithoutCommittingAlsoTurnsTheChecksBackOn() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWorkspace.build(file);
        try (Workspace ws = Workspace.open(file)) {
            long entry = ws.entries().byIds(List.of(1L)).keySet().iterator().next();
            ScanSpec spec = new ScanSpec("test", "rules: {}", "0".repeat(64), "none", List.of(1L));
            try (ScanWriter writer = ws.beginScan(spec)) {
                assertThat(ws.checksForeignKeys()).isFalse();
                writer.add(new NewFinding(entry, null, "missing-owner", Severity.LOW, "f".repeat(32), "m", "e"));
            }
            assertThat(ws.checksForeignKeys()).isTrue();
        }
        assertThat(violations(file)).isEmpty();
    }

    /** Every row {@code PRAGMA foreign_key_check} reports, as table/rowid/parent. */
    private static List<String> violations(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                out.add(rs.getString(1) + "/" + rs.getLong(2) + "/" + rs.getString(3));
            }
        }
        return out;
    }
}
