package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.model.Finding;
import org.auditbench.model.TriageStatus;
import org.auditbench.triage.DecisionRequest;
import org.auditbench.triage.TriageService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owners with the most open findings, from the counts a scan stores (V8) minus the decided findings, agree
 * with the plain join of every finding with its entry and triage state: before and after decisions, and after
 * an upgrade that computes the counts of older scans.
 */
class ScanOwnerCountsTest {

    /** The question asked the slow way: every finding of the scan joined with its entry and triage state. */
    private static final String JOINED = "SELECT coalesce(e.owner, '') AS o, count(*), min(f.severity_rank)"
            + " FROM findings f JOIN entries e ON e.id = f.entry_id"
            + " LEFT JOIN triage_state t ON t.fingerprint = f.fingerprint"
            + " WHERE f.scan_id = ? AND %s = 'open' GROUP BY o ORDER BY 2 DESC, 1";

    @TempDir
    Path dir;

    @Test
    void topOwnersAgreeWithTheJoinBeforeAndAfterDecisionsAndAfterAnUpgrade() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWorkspace.build(file);
        long scanId;
        try (Workspace ws = Workspace.open(file)) {
            scanId = ws.scans().latest().orElseThrow().id();
            assertThat(ws.overview().topOwners(scanId, 1000)).isEqualTo(joined(ws, scanId)).isNotEmpty();

            List<Finding> findings = new ArrayList<>();
            ws.findings().<RuntimeException>forEach(scanId, FindingQuery.ALL, findings::add);
            TriageService triage = new TriageService(ws);
            triage.decide(List.of(findings.get(0).fingerprint(), findings.get(1).fingerprint()),
                    new DecisionRequest(TriageStatus.REMEDIATE, "alice", "CHG-1", null, null));
            triage.decide(List.of(findings.get(5).fingerprint()), new DecisionRequest(TriageStatus.ACCEPTED_RISK,
                    "alice", null, "partner contract", LocalDate.now().plusDays(30)));
            // a second kind of waiver
            triage.decide(List.of(findings.get(9).fingerprint()), new DecisionRequest(TriageStatus.FALSE_POSITIVE,
                    "alice", null, "old exception", LocalDate.now().plusDays(1)));
            List<OverviewDao.Count> afterDecisions = ws.overview().topOwners(scanId, 1000);
            assertThat(afterDecisions).isEqualTo(joined(ws, scanId));
            assertThat(ws.overview().topOwners(scanId, 3)).isEqualTo(afterDecisions.subList(0, 3));
            assertThat(ws.findingSearch().owners(scanId, 1000)).containsExactlyInAnyOrderElementsOf(
                    ownersWithFindings(file, scanId));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TABLE scan_owner_counts");
            SchemaProbe.entriesAsInVersion10(s);
            s.execute("PRAGMA user_version = 7");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.overview().topOwners(scanId, 1000)).isEqualTo(joined(ws, scanId));
        }
    }

    private static List<OverviewDao.Count> joined(Workspace ws, long scanId) throws Exception {
        String sql = String.format(JOINED, FindingRows.status(ws.today()));
        List<OverviewDao.Count> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.file());
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, scanId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new OverviewDao.Count(rs.getString(1), rs.getLong(2),
                            EntryGroupDao.severity(rs.getInt(3))));
                }
            }
        }
        return out;
    }

    private static List<String> ownersWithFindings(Path file, long scanId) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement s = c.prepareStatement("SELECT DISTINCT coalesce(e.owner, '') FROM findings f"
                     + " JOIN entries e ON e.id = f.entry_id WHERE f.scan_id = ?")) {
            s.setLong(1, scanId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
