package org.auditbench.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.auditbench.model.AuditRecord;
import org.auditbench.model.Decision;
import org.auditbench.model.DecisionOrigin;
import org.auditbench.model.FindingTriage;
import org.auditbench.model.TriageStatus;
import org.auditbench.model.Waiver;
import org.auditbench.model.WaiverState;
import org.auditbench.workspace.AuditLog;
import org.junit.jupiter.api.Test;

/** Decisions following findings across imports and scans: carry-forward, lapses, fixed, orphaned, found again. */
class FindingLifecycleTest extends ScannedTriageTestBase {

    static final DecisionRequest ACCEPT_TO_2027 = new DecisionRequest(TriageStatus.ACCEPTED_RISK, "bob", "CHG-7",
            "migration window", LocalDate.parse("2027-06-30"));

    @Test
    void decisionsFollowFindingsToLaterSnapshotsAndScans() throws Exception {
        String incident = fx.finding("reserved-to-external", "example.com").fingerprint();
        triage.decide(List.of(incident), ACCEPT_TO_2027);
        long firstScan = fx.latestScan().id();

        // next quarter's export: rows reordered, one target changed, one row added
        fx.importRows("domain,northwind.com,imap,imap.contoso.com,993,ssl,Ops,New customer CHG-9,2027-12-31,prod",
                TriageFixture.CLEAN, TriageFixture.INCIDENT,
                "domain,fabrikam.com,smtp,smtp.contoso.com,465,ssl,Ops,Customer relay CHG-1,2027-12-31,prod");
        fx.scan();

        assertThat(fx.latestScan().id()).isGreaterThan(firstScan);
        assertThat(fx.finding("reserved-to-external", "example.com").fingerprint()).isEqualTo(incident);
        assertThat(fx.finding("reserved-to-external", "example.com").status()).isEqualTo(TriageStatus.ACCEPTED_RISK);
        FindingTriage t = fx.ws.decisions().current(incident);
        assertThat(t.decidedBy()).isEqualTo("bob");
        assertThat(t.waiverUntil()).isEqualTo(LocalDate.parse("2027-06-30"));
    }

    @Test
    void anExpiredWaiverReopensAtTheNextScanAndTheSystemLogsTheLapse() throws Exception {
        String incident = fx.finding("reserved-to-external", "example.com").fingerprint();
        TriageResult result = triage.decide(List.of(incident), new DecisionRequest(TriageStatus.FALSE_POSITIVE,
                "alice", null, "test fixture", LocalDate.parse("2026-11-01")));
        assertThat(result.warnings()).singleElement().asString().contains("has already passed");

        fx.clock.advance(Duration.ofMinutes(5));
        fx.scan();

        assertThat(fx.finding("reserved-to-external", "example.com").status()).isEqualTo(TriageStatus.OPEN);
        List<Decision> history = history(incident);
        assertThat(history).extracting(Decision::origin)
                .containsExactly(DecisionOrigin.INDIVIDUAL, DecisionOrigin.WAIVER_LAPSED);
        Decision lapse = history.get(1);
        assertThat(lapse.actor()).isEqualTo(AuditLog.SYSTEM);
        assertThat(lapse.previousStatus()).isEqualTo(TriageStatus.FALSE_POSITIVE);
        assertThat(lapse.status()).isEqualTo(TriageStatus.OPEN);
        assertThat(lapse.reason()).isEqualTo("test fixture");
        AuditRecord row = fx.ws.audit().bySeq(lapse.auditSeq()).orElseThrow();
        assertThat(row.action()).isEqualTo("waiver-lapsed");
        assertThat(row.actor()).isEqualTo("system");
        assertThat(row.details()).contains(incident, "\"until\":\"2026-11-01\"", "\"waivedBy\":\"alice\"");
        assertThat(waivers()).singleElement().satisfies(w -> {
            assertThat(w.state()).isEqualTo(WaiverState.EXPIRED);
            assertThat(w.lapsedAt()).isEqualTo(fx.clock.instant());
            assertThat(w.decidedBy()).isEqualTo("alice");
        });
    }

    @Test
    void aWaiverPastItsLastDayShowsOpenBeforeTheLapseIsLogged() throws Exception {
        String incident = fx.finding("reserved-to-external", "example.com").fingerprint();
        triage.decide(List.of(incident), new DecisionRequest(TriageStatus.ACCEPTED_RISK, "bob", null, "window",
                LocalDate.parse("2026-11-30")));
        assertThat(fx.finding("reserved-to-external", "example.com").status()).isEqualTo(TriageStatus.ACCEPTED_RISK);

        fx.clock.advance(Duration.ofDays(3));

        assertThat(fx.finding("reserved-to-external", "example.com").status()).isEqualTo(TriageStatus.OPEN);
        assertThat(fx.ws.decisions().current(incident).waiverExpired()).isTrue();
        assertThat(history(incident)).hasSize(1);
        assertThat(triage.applyLapses()).singleElement()
                .satisfies(l -> assertThat(l.statusAfter()).isEqualTo(TriageStatus.OPEN));
        assertThat(history(incident)).hasSize(2);
        assertThat(triage.applyLapses()).isEmpty();
    }

    @Test
    void findingsAScanNoLongerProducesBecomeFixedAndWaiversOnThemAreOrphaned() throws Exception {
        String incident = fx.finding("reserved-to-external", "example.com").fingerprint();
        String external = fx.finding("external-routing", "fabrikam.com").fingerprint();
        triage.decide(List.of(incident), ACCEPT_TO_2027);

        fx.importRows(TriageFixture.CLEAN);
        fx.scan();

        assertThat(fx.findings()).isEmpty();
        assertThat(fx.ws.decisions().current(incident).status()).isEqualTo(TriageStatus.FIXED);
        assertThat(fx.ws.decisions().current(external).status()).isEqualTo(TriageStatus.FIXED);
        assertThat(history(external)).singleElement().satisfies(d -> {
            assertThat(d.origin()).isEqualTo(DecisionOrigin.FIXED_BY_SCAN);
            assertThat(d.actor()).isEqualTo(AuditLog.SYSTEM);
            assertThat(d.previousStatus()).isEqualTo(TriageStatus.OPEN);
        });
        assertThat(fx.ws.audit().bySeq(history(external).get(0).auditSeq()).orElseThrow().action())
                .isEqualTo("findings-fixed");
        assertThat(waivers()).singleElement().satisfies(w -> {
            assertThat(w.fingerprint()).isEqualTo(incident);
            assertThat(w.state()).isEqualTo(WaiverState.ORPHANED);
            assertThat(w.status()).isEqualTo(TriageStatus.ACCEPTED_RISK);
        });
    }

    @Test
    void aFixedFindingThatReturnsIsOpenAgainOrBackUnderItsWaiver() throws Exception {
        String incident = fx.finding("reserved-to-external", "example.com").fingerprint();
        String external = fx.finding("external-routing", "fabrikam.com").fingerprint();
        triage.decide(List.of(incident), ACCEPT_TO_2027);
        fx.importRows(TriageFixture.CLEAN);
        fx.scan();

        fx.importRows(TriageFixture.INCIDENT, TriageFixture.EXTERNAL, TriageFixture.CLEAN);
        fx.scan();

        assertThat(fx.finding("reserved-to-external", "example.com").status()).isEqualTo(TriageStatus.ACCEPTED_RISK);
        assertThat(fx.finding("external-routing", "fabrikam.com").status()).isEqualTo(TriageStatus.OPEN);
        assertThat(history(external)).extracting(Decision::origin)
                .containsExactly(DecisionOrigin.FIXED_BY_SCAN, DecisionOrigin.FOUND_AGAIN);
        assertThat(waivers()).singleElement().satisfies(w -> assertThat(w.state()).isEqualTo(WaiverState.ACTIVE));
    }

    @Test
    void anOrphanedWaiverStillLapsesButItsFindingStaysFixed() throws Exception {
        String incident = fx.finding("reserved-to-external", "example.com").fingerprint();
        triage.decide(List.of(incident), new DecisionRequest(TriageStatus.ACCEPTED_RISK, "bob", null, "window",
                LocalDate.parse("2026-12-15")));
        fx.importRows(TriageFixture.CLEAN);
        fx.scan();

        fx.clock.advance(Duration.ofDays(30));
        fx.scan();

        assertThat(fx.ws.decisions().current(incident).status()).isEqualTo(TriageStatus.FIXED);
        assertThat(fx.ws.decisions().current(incident).waiverStatus()).isNull();
        assertThat(history(incident)).extracting(Decision::origin).containsExactly(DecisionOrigin.INDIVIDUAL,
                DecisionOrigin.FIXED_BY_SCAN, DecisionOrigin.WAIVER_LAPSED);
        assertThat(waivers()).singleElement().satisfies(w -> assertThat(w.state()).isEqualTo(WaiverState.EXPIRED));
    }

    @Test
    void aScanWithAnotherPolicyLogsThePolicyChange() throws Exception {
        fx.scan(TriageFixture.POLICY + "expiringSoonDays: 30\n");

        List<AuditRecord> rows = new ArrayList<>();
        fx.ws.audit().<RuntimeException>forEach(rows::add);
        assertThat(rows).extracting(AuditRecord::action).containsExactly("import", "scan", "scan", "policy-change");
        assertThat(rows.get(3).details()).contains("\"previousScanId\":1", "\"scanId\":2");
    }

    private List<Decision> history(String fingerprint) throws Exception {
        List<Decision> out = new ArrayList<>();
        fx.ws.decisions().<RuntimeException>forEach(fingerprint, out::add);
        return out;
    }

    private List<Waiver> waivers() throws Exception {
        List<Waiver> out = new ArrayList<>();
        fx.ws.decisions().<RuntimeException>forEachWaiver(fx.latestScan().id(), out::add);
        return out;
    }
}
