package org.auditbench.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.auditbench.model.TriageStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tampering done with plain SQL on the workspace file, as the sqlite3 tool would: every kind is caught and the
 * first broken audit-log row named. The log holds (1) import, (2) scan, (3) decision, (4) decision, (5) import,
 * (6) scan, (7) review-open, (8) signoff.
 */
class AuditVerifierTest {

    static final String DROP_TRIGGERS = "DROP TRIGGER audit_log_no_update";
    static final String DROP_DELETE_TRIGGER = "DROP TRIGGER audit_log_no_delete";

    @TempDir
    Path dir;
    TriageFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = TriageFixture.scanned(dir);
        TriageService triage = new TriageService(fx.ws);
        fx.clock.advance(Duration.ofSeconds(20));
        triage.decide(List.of(fx.finding("reserved-to-external", "example.com").fingerprint()),
                new DecisionRequest(TriageStatus.ACCEPTED_RISK, "bob", null, "window", LocalDate.parse("2027-06-30")));
        fx.clock.advance(Duration.ofSeconds(20));
        triage.decide(List.of(fx.finding("external-routing", "fabrikam.com").fingerprint()),
                new DecisionRequest(TriageStatus.REMEDIATE, "alice", "ask the customer", null, null));
        fx.importRows(TriageFixture.INCIDENT, TriageFixture.EXTERNAL);
        fx.scan();
        new ReviewService(fx.ws).signOff("2026Q4", "Dana", "CISO", "Reviewed", null);
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    @Test
    void anUntouchedWorkspaceVerifies() throws Exception {
        VerifyReport report = AuditVerifier.verify(fx.ws);

        assertThat(report.problems()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(report.rows()).isEqualTo(8);
        assertThat(report.headHash()).isEqualTo(fx.ws.audit().head().orElseThrow().hash());
    }

    @Test
    void triggersRefuseChangesToTheLogAndToDecisions() throws Exception {
        assertThat(fx.tamperRefused("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3").getMessage())
                .contains("append-only");
        assertThat(fx.tamperRefused("DELETE FROM audit_log WHERE seq = 8").getMessage()).contains("append-only");
        assertThat(fx.tamperRefused("UPDATE decisions SET status = 'false-positive'").getMessage())
                .contains("cannot be changed");
        assertThat(fx.tamperRefused("DELETE FROM decisions").getMessage()).contains("cannot be deleted");
        assertThat(AuditVerifier.verify(fx.ws).intact()).isTrue();
    }

    @Test
    void oneChangedCharacterIsFoundAndItsRowNamed() throws Exception {
        fx.tamper(DROP_TRIGGERS, "UPDATE audit_log SET actor = 'Bob' WHERE seq = 3",
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT,"
                        + " 'the audit log is append-only: its rows cannot be changed'); END");

        VerifyReport report = AuditVerifier.verify(fx.ws);

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBrokenRow()).get().satisfies(p -> {
            assertThat(p.seq()).isEqualTo(3);
            assertThat(p.message()).contains("row 3 (decision by Bob").contains("was changed after it was written");
        });
    }

    @Test
    void aChangedTimestampIsFoundEvenWhenItMeansTheSameInstant() throws Exception {
        String at = fx.ws.audit().bySeq(4).orElseThrow().at();
        fx.tamper(DROP_TRIGGERS, "UPDATE audit_log SET at = '" + at.replace("Z", ".000Z") + "' WHERE seq = 4");

        assertThat(AuditVerifier.verify(fx.ws).firstBrokenRow()).get()
                .satisfies(p -> assertThat(p.seq()).isEqualTo(4));
    }

    @Test
    void aDeletedRowIsFound() throws Exception {
        fx.tamper(DROP_DELETE_TRIGGER, "DELETE FROM audit_log WHERE seq = 5");

        VerifyReport report = AuditVerifier.verify(fx.ws);

        assertThat(report.firstBrokenRow()).get().satisfies(p -> {
            assertThat(p.seq()).isEqualTo(6);
            assertThat(p.message()).contains("row(s) 5 were deleted");
        });
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.message())
                .contains("snapshot 2 has no import row"));
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.message())
                .contains("audit_log_no_delete were dropped"));
    }

    @Test
    void deletedNewestRowsAreFound() throws Exception {
        fx.tamper(DROP_DELETE_TRIGGER, "DELETE FROM audit_log WHERE seq >= 7",
                "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT,"
                        + " 'the audit log is append-only: its rows cannot be deleted'); END");

        VerifyReport report = AuditVerifier.verify(fx.ws);

        assertThat(report.firstBrokenRow()).get().satisfies(p -> {
            assertThat(p.seq()).isEqualTo(7);
            assertThat(p.message()).contains("once reached row 8 but now ends at row 6");
        });
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.message())
                .contains("names audit row 8, which does not record it"));
    }

    @Test
    void anInsertedRowIsFound() throws Exception {
        String head = fx.ws.audit().head().orElseThrow().hash();
        fx.tamper("INSERT INTO audit_log (seq, at, actor, action, details, prev_hash, hash) VALUES (9,"
                + " '2026-11-28T11:00:00Z', 'mallory', 'decision', '{}', '" + head + "', '" + "ab".repeat(32) + "')");

        assertThat(AuditVerifier.verify(fx.ws).firstBrokenRow()).get().satisfies(p -> {
            assertThat(p.seq()).isEqualTo(9);
            assertThat(p.message()).contains("row 9 (decision by mallory").contains("changed after it was written");
        });
    }

    @Test
    void aRowInsertedWithAGapInTheNumberingIsFound() throws Exception {
        fx.tamper("INSERT INTO audit_log (seq, at, actor, action, details, prev_hash, hash) VALUES (20,"
                + " '2026-11-28T11:00:00Z', 'mallory', 'decision', '{}', 'x', 'y')");

        assertThat(AuditVerifier.verify(fx.ws).firstBrokenRow()).get().satisfies(p -> {
            assertThat(p.seq()).isEqualTo(20);
            assertThat(p.message()).contains("comes right after row 8");
        });
    }

    @Test
    void reorderedRowsAreFound() throws Exception {
        fx.tamper(DROP_TRIGGERS, "UPDATE audit_log SET seq = 100 WHERE seq = 3",
                "UPDATE audit_log SET seq = 3 WHERE seq = 4", "UPDATE audit_log SET seq = 4 WHERE seq = 100");

        VerifyReport report = AuditVerifier.verify(fx.ws);

        assertThat(report.firstBrokenRow()).get().satisfies(p -> {
            assertThat(p.seq()).isEqualTo(3);
            assertThat(p.message()).contains("row 3 (decision by alice");
        });
    }

    @Test
    void decisionsChangedBehindTheLogsBackAreFound() throws Exception {
        fx.tamper("DROP TRIGGER decisions_no_update",
                "UPDATE decisions SET waiver_until = '2099-12-31' WHERE actor = 'bob'");

        VerifyReport report = AuditVerifier.verify(fx.ws);

        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.seq()).isEqualTo(3);
            assertThat(p.message()).contains("runs until 2099-12-31 where the log says 2027-06-30");
        });
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.message())
                .contains("decisions of review 2026Q4 changed after the sign-off"));
    }

    @Test
    void decisionsDeletedOrAddedBehindTheLogsBackAreFound() throws Exception {
        fx.tamper("DROP TRIGGER decisions_no_delete", "DELETE FROM decisions WHERE actor = 'alice'");

        VerifyReport report = AuditVerifier.verify(fx.ws);

        assertThat(report.problems()).anySatisfy(p -> assertThat(p.message())
                .contains("records 1 decision(s), but the decisions table has none"));
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.message())
                .contains("current triage status does not follow from the decisions"));
    }

    @Test
    void aCurrentStatusSetWithoutADecisionIsFound() throws Exception {
        fx.tamper("UPDATE triage_state SET status = 'false-positive' WHERE status = 'remediate'");

        assertThat(AuditVerifier.verify(fx.ws).problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("status false-positive").contains("says remediate"));
    }

    @Test
    void changedFindingsOfASignedScanAreFound() throws Exception {
        fx.tamper("UPDATE findings SET severity = 'low' WHERE rule = 'reserved-to-external'"
                + " AND scan_id = (SELECT max(id) FROM scans)");

        assertThat(AuditVerifier.verify(fx.ws).problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("the findings of scan 2 changed after the sign-off of review 2026Q4"));
    }
}
