package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.auditbench.triage.AuditVerifier;
import org.auditbench.triage.VerifyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace written before the audit log existed upgrades, and verify does not blame its old records. */
class TriageMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneWorkspaceUpgradesAndItsOlderRecordsNeedNoAuditRows() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            String v1;
            try (InputStream in = Migrations.class.getResourceAsStream("V1__initial.sql")) {
                v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String sql : Migrations.statements(v1)) {
                s.execute(sql);
            }
            s.execute("PRAGMA application_id = " + Workspace.APPLICATION_ID);
            s.execute("PRAGMA user_version = 1");
            s.execute("INSERT INTO sources (id, name, created_at) VALUES (1, 'old', '2026-01-01T00:00:00Z')");
            s.execute("INSERT INTO snapshots (id, source_id, kind, locator, started_at, complete)"
                    + " VALUES (1, 1, 'csv', 'old.csv', '2026-01-01T00:00:00Z', 1)");
            s.execute("INSERT INTO scans (id, started_at, policy_origin, policy_text, policy_hash, reference_versions,"
                    + " complete) VALUES (1, '2026-01-01T00:00:00Z', 'x', 'x', 'x', 'x', 1)");
        }

        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.backup()).isNotNull();
            assertThat(Files.exists(ws.backup())).isTrue();
            VerifyReport report = AuditVerifier.verify(ws);
            assertThat(report.problems()).isEmpty();
            assertThat(report.rows()).isZero();
            assertThat(ws.audit().snapshotsSinceLogStart()).isEmpty();
            assertThat(ws.audit().missingTriggers(AuditLog.PROTECTION_TRIGGERS)).isEmpty();
        }
    }
}
