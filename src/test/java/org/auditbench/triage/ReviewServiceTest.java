package org.auditbench.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.auditbench.model.AuditRecord;
import org.auditbench.model.Review;
import org.auditbench.model.TriageStatus;
import org.auditbench.workspace.TriageSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewServiceTest {

    static final DecisionRequest REMEDIATE = new DecisionRequest(TriageStatus.REMEDIATE, "alice", null, null, null);

    @TempDir
    Path dir;
    TriageFixture fx;
    TriageService triage;
    ReviewService reviews;

    @BeforeEach
    void setUp() throws Exception {
        fx = new TriageFixture(dir);
        fx.importRows(TriageFixture.INCIDENT, TriageFixture.EXTERNAL, TriageFixture.CLEAN,
                "domain,tailspintoys.com,imap,imap.proseware.com,993,ssl,Ops,Customer relay CHG-3,2027-12-31,prod");
        fx.scan();
        triage = new TriageService(fx.ws);
        reviews = new ReviewService(fx.ws);
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    @Test
    void signOffMakesTheReviewReadOnlyUntilANewReviewIsOpened() throws Exception {
        reviews.open("2026Q4", "alice");
        String incident = fx.finding("reserved-to-external", "example.com").fingerprint();
        assertThat(triage.decide(List.of(incident), REMEDIATE).review()).isEqualTo("2026Q4");

        ReviewSummary signed = reviews.signOff("2026-10-01..2026-12-31", "Dana", "CISO", "All findings reviewed", null);

        assertThat(signed.signed()).isTrue();
        assertThat(signed.signOff().reviewer()).isEqualTo("Dana");
        assertThat(signed.signOff().findingsSha256()).hasSize(64);
        assertThat(signed.signOff().decisionsSha256()).hasSize(64);
        assertThat(signed.findingsByStatus()).containsEntry(TriageStatus.REMEDIATE, 1L);
        assertThatThrownBy(() -> triage.decide(List.of(incident), REMEDIATE))
                .isInstanceOf(TriageException.class)
                .hasMessageContaining("review 2026Q4 was signed off by Dana (CISO)")
                .hasMessageContaining("read-only").hasMessageContaining("open a new review");
        assertThatThrownBy(() -> triage.decideMatching(new TriageSelection(Set.of("external-routing"), null, Set.of(),
                Set.of()), REMEDIATE)).isInstanceOf(TriageException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> reviews.signOff("2026Q4", "Dana", "CISO", "again", null))
                .isInstanceOf(TriageException.class).hasMessageContaining("already signed off");
        assertThat(fx.tamperRefused("UPDATE reviews SET statement = 'changed' WHERE id = 1").getMessage())
                .contains("a signed-off review is read-only");
        triage = new TriageService(fx.ws);
        reviews = new ReviewService(fx.ws);

        Review next = reviews.open("2027Q1", "alice");
        assertThat(triage.decide(List.of(incident), REMEDIATE).review()).isEqualTo("2027Q1");
        assertThat(next.decisionsAfter()).isEqualTo(signed.review().decisionsThrough());
    }

    @Test
    void decisionsBeforeTheFirstReviewBelongToItAndSignOffOpensItWhenNeeded() throws Exception {
        String incident = fx.finding("reserved-to-external", "example.com").fingerprint();
        triage.decide(List.of(incident), REMEDIATE);

        ReviewSummary signed = reviews.signOff("2026q4", "Dana", "CISO", "Reviewed", null);

        assertThat(signed.period()).isEqualTo("2026Q4");
        assertThat(signed.decisions()).isEqualTo(1);
        assertThat(signed.reviewers()).containsExactly("alice");
        List<String> actions = new java.util.ArrayList<>();
        fx.ws.audit().<RuntimeException>forEach(r -> actions.add(r.action()));
        assertThat(actions).endsWith("decision", "review-open", "signoff");
    }

    @Test
    void onlyOneReviewIsOpenAndSignOffMustNameIt() throws Exception {
        reviews.open("2026Q4", "alice");

        assertThatThrownBy(() -> reviews.open("2027Q1", "alice"))
                .isInstanceOf(TriageException.class).hasMessageContaining("review 2026Q4").hasMessageContaining("still open");
        assertThatThrownBy(() -> reviews.signOff("2026Q3", "Dana", "CISO", "x", null))
                .isInstanceOf(TriageException.class).hasMessageContaining("the open review is 2026Q4");
        assertThatThrownBy(() -> reviews.signOff("2026Q4", "Dana", " ", "x", null))
                .isInstanceOf(TriageException.class).hasMessageContaining("role");
    }

    @Test
    void statisticsCountBulkShareMedianGapAndReviewers() throws Exception {
        reviews.open("2026Q4", "alice");
        String incident = fx.finding("reserved-to-external", "example.com").fingerprint();
        String reserved = fx.finding("reserved-domain", "example.com").fingerprint();
        String fabrikam = fx.finding("external-routing", "fabrikam.com").fingerprint();
        fx.clock.advance(Duration.ofSeconds(10));
        triage.decide(List.of(incident), REMEDIATE);
        fx.clock.advance(Duration.ofSeconds(30));
        triage.decide(List.of(reserved), REMEDIATE);
        fx.clock.advance(Duration.ofSeconds(90));
        triage.decide(List.of(fabrikam), REMEDIATE);
        fx.clock.advance(Duration.ofSeconds(5));
        triage.decide(List.of(incident), new DecisionRequest(TriageStatus.OPEN, "bob", null, null, null));
        fx.clock.advance(Duration.ofSeconds(1));
        triage.decideMatching(new TriageSelection(Set.of("external-routing"), null, Set.of(), Set.of()),
                new DecisionRequest(TriageStatus.ACCEPTED_RISK, "bob", null, "partners", LocalDate.parse("2027-01-31")));

        ReviewSummary summary = reviews.summary(reviews.current().orElseThrow());

        // the bulk decision covers external-routing on fabrikam.com, tailspintoys.com and the incident
        assertThat(summary.decisions()).isEqualTo(7);
        assertThat(summary.bulkDecisions()).isEqualTo(3);
        assertThat(summary.bulkShare()).isCloseTo(3 / 7.0, within(1e-9));
        assertThat(summary.medianSecondsBetweenIndividualDecisions()).isEqualTo(60.0);
        assertThat(summary.reviewers()).containsExactly("alice", "bob");
        assertThat(summary.findingsByStatus()).containsEntry(TriageStatus.ACCEPTED_RISK, 3L)
                .containsEntry(TriageStatus.REMEDIATE, 1L).containsEntry(TriageStatus.OPEN, 1L);
        assertThat(summary.scanId()).isEqualTo(fx.latestScan().id());
    }

    @Test
    void decisionsNamedTogetherCountAsOneMomentForTheMedian() throws Exception {
        String incident = fx.finding("reserved-to-external", "example.com").fingerprint();
        String reserved = fx.finding("reserved-domain", "example.com").fingerprint();
        triage.decide(List.of(incident, reserved), REMEDIATE);
        fx.clock.advance(Duration.ofSeconds(42));
        triage.decide(List.of(fx.finding("external-routing", "fabrikam.com").fingerprint()), REMEDIATE);

        ReviewSummary summary = reviews.summary(reviews.signOff("2026Q4", "Dana", "CISO", "ok", null).review());

        assertThat(summary.decisions()).isEqualTo(3);
        assertThat(summary.medianSecondsBetweenIndividualDecisions()).isEqualTo(42.0);
    }

    @Test
    void signOffRecordsTheReportDigestAndExportsAreLogged() throws Exception {
        Path report = Files.writeString(dir.resolve("report.xlsx"), "pretend workbook");

        AuditRecord export = reviews.recordReportExport(report, "alice");
        ReviewSummary signed = reviews.signOff("2026Q4", "Dana", "CISO", "ok", report);

        // SHA-256 of the 16 bytes "pretend workbook", computed independently with sha256sum
        String sha = "fa927a949bdbc10adf6ea0585560fc518ecce9dd7088bd176e11f813b746fad9";
        assertThat(export.action()).isEqualTo("report-export");
        assertThat(export.details()).contains("report.xlsx", "\"bytes\":16", ReviewService.sha256(report));
        assertThat(signed.signOff().reportSha256()).isEqualTo(sha);
        assertThatThrownBy(() -> reviews.signOff("2027Q1", "Dana", "CISO", "ok", dir.resolve("missing.xlsx")))
                .isInstanceOf(TriageException.class).hasMessageContaining("does not exist");
    }
}
