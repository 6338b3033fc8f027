package org.auditbench.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.auditbench.model.AuditRecord;
import org.auditbench.model.Decision;
import org.auditbench.model.DecisionOrigin;
import org.auditbench.model.Finding;
import org.auditbench.model.FindingTriage;
import org.auditbench.model.TriageStatus;
import org.auditbench.workspace.TriageSelection;
import org.junit.jupiter.api.Test;

class TriageServiceTest extends ScannedTriageTestBase {

    @Test
    void decisionRecordsWhoWhenCommentAndShowsInListings() throws Exception {
        Finding f = fx.finding("external-routing", "fabrikam.com");

        TriageResult result = triage.decide(List.of(f.fingerprint()),
                new DecisionRequest(TriageStatus.REMEDIATE, "  alice ", "ask the customer", null, null));

        assertThat(result.count()).isEqualTo(1);
        assertThat(result.review()).isNull();
        assertThat(fx.finding("external-routing", "fabrikam.com").status()).isEqualTo(TriageStatus.REMEDIATE);
        FindingTriage t = fx.ws.decisions().current(f.fingerprint());
        assertThat(t.decidedBy()).isEqualTo("alice");
        assertThat(t.decidedAt()).isEqualTo(fx.clock.instant());
        assertThat(t.comment()).isEqualTo("ask the customer");
        assertThat(t.waiverStatus()).isNull();
        AuditRecord row = fx.ws.audit().bySeq(result.auditSeq()).orElseThrow();
        assertThat(row.action()).isEqualTo("decision");
        assertThat(row.actor()).isEqualTo("alice");
        assertThat(row.details()).contains(f.fingerprint(), "\"status\":\"remediate\"", "ask the customer");
        assertThat(fx.finding("reserved-to-external", "example.com").status()).isEqualTo(TriageStatus.OPEN);
    }

    @Test
    void waiverRecordsReasonAndExpiryAndListingsShowThem() throws Exception {
        Finding f = fx.finding("reserved-to-external", "example.com");

        triage.decide(List.of(f.fingerprint()), new DecisionRequest(TriageStatus.ACCEPTED_RISK, "bob", null,
                "migration window CHG-7", LocalDate.parse("2027-03-31")));

        List<FindingTriage> seen = new ArrayList<>();
        fx.ws.findings().<RuntimeException>forEachTriaged(fx.latestScan().id(),
                new org.auditbench.workspace.FindingQuery(null, Set.of("reserved-to-external")), (x, t) -> seen.add(t));
        assertThat(seen).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(TriageStatus.ACCEPTED_RISK);
            assertThat(t.waiverStatus()).isEqualTo(TriageStatus.ACCEPTED_RISK);
            assertThat(t.waiverReason()).isEqualTo("migration window CHG-7");
            assertThat(t.waiverUntil()).isEqualTo(LocalDate.parse("2027-03-31"));
            assertThat(t.waiverExpired()).isFalse();
        });
    }

    @Test
    void waiversNeedReasonAndExpiryAndOtherStatusesRefuseThem() throws Exception {
        String fp = fx.finding("reserved-to-external", "example.com").fingerprint();
        LocalDate until = LocalDate.parse("2027-03-31");

        assertThatThrownBy(() -> triage.decide(List.of(fp),
                new DecisionRequest(TriageStatus.FALSE_POSITIVE, "bob", null, "  ", until)))
                .isInstanceOf(TriageException.class).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> triage.decide(List.of(fp),
                new DecisionRequest(TriageStatus.ACCEPTED_RISK, "bob", null, "why", null)))
                .isInstanceOf(TriageException.class).hasMessageContaining("needs an expiry date");
        assertThatThrownBy(() -> triage.decide(List.of(fp),
                new DecisionRequest(TriageStatus.REMEDIATE, "bob", null, null, until)))
                .isInstanceOf(TriageException.class).hasMessageContaining("belong to waivers");
        assertThatThrownBy(() -> triage.decide(List.of(fp),
                new DecisionRequest(TriageStatus.FIXED, "bob", null, null, null)))
                .isInstanceOf(TriageException.class).hasMessageContaining("set by a scan");
        assertThatThrownBy(() -> triage.decide(List.of(fp),
                new DecisionRequest(TriageStatus.REMEDIATE, "System", null, null, null)))
                .isInstanceOf(TriageException.class).hasMessageContaining("reserved for automatic changes");
        assertThat(fx.ws.decisions().lastId()).isZero();
    }

    @Test
    void policyCapsHowFarAheadAWaiverRuns() throws Exception {
        fx.scan(TriageFixture.POLICY + "waiverMaxDays: 30\n");
        String fp = fx.finding("reserved-to-external", "example.com").fingerprint();

        assertThatThrownBy(() -> triage.decide(List.of(fp), new DecisionRequest(TriageStatus.ACCEPTED_RISK, "bob",
                null, "why", LocalDate.parse("2026-12-29"))))
                .isInstanceOf(TriageException.class)
                .hasMessageContaining("at most 30 days").hasMessageContaining("until 2026-12-28 at the latest");
        TriageResult ok = triage.decide(List.of(fp), new DecisionRequest(TriageStatus.ACCEPTED_RISK, "bob", null,
                "why", LocalDate.parse("2026-12-28")));
        assertThat(ok.count()).isEqualTo(1);
    }

    @Test
    void builtInPolicyCapsWaiversAtAYear() throws Exception {
        fx.scan("organization: Test\n");
        String fp = fx.finding("reserved-to-external", "example.com").fingerprint();

        assertThatThrownBy(() -> triage.decide(List.of(fp), new DecisionRequest(TriageStatus.FALSE_POSITIVE, "bob",
                null, "why", LocalDate.parse("2027-11-29"))))
                .isInstanceOf(TriageException.class).hasMessageContaining("at most 365 days");
    }

    @Test
    void anUnknownFingerprintRefusesTheWholeDecisionAndWritesNothing() throws Exception {
        String fp = fx.finding("reserved-to-external", "example.com").fingerprint();
        long auditRows = fx.ws.audit().head().orElseThrow().seq();

        assertThatThrownBy(() -> triage.decide(List.of(fp, "0123456789abcdef0123456789abcdef"),
                new DecisionRequest(TriageStatus.REMEDIATE, "alice", null, null, null)))
                .isInstanceOf(TriageException.class)
                .hasMessageContaining("has no finding with fingerprint 0123456789abcdef0123456789abcdef");

        assertThat(fx.ws.decisions().lastId()).isZero();
        assertThat(fx.ws.audit().head().orElseThrow().seq()).isEqualTo(auditRows);
        assertThat(fx.finding("reserved-to-external", "example.com").status()).isEqualTo(TriageStatus.OPEN);
    }

    @Test
    void bulkDecisionCoversEveryFindingTheFilterSelects() throws Exception {
        fx.importRows(TriageFixture.INCIDENT, TriageFixture.EXTERNAL, TriageFixture.CLEAN,
                "domain,tailspintoys.com,imap,imap.proseware.com,993,ssl,Ops,Customer relay CHG-3,2027-12-31,prod");
        fx.scan();
        TriageSelection externalOpen = new TriageSelection(Set.of("external-routing"), null,
                Set.of(TriageStatus.OPEN), Set.of());
        // external-routing fires on fabrikam.com, tailspintoys.com and the incident's example.com
        assertThat(fx.findings()).filteredOn(f -> f.rule().equals("external-routing")).hasSize(3);
        assertThat(triage.countMatching(externalOpen)).isEqualTo(3);

        TriageResult result = triage.decideMatching(externalOpen,
                new DecisionRequest(TriageStatus.REMEDIATE, "carol", "quarterly clean-up", null, null));

        assertThat(result.count()).isEqualTo(3);
        assertThat(fx.findings()).filteredOn(f -> f.rule().equals("external-routing"))
                .allSatisfy(f -> assertThat(f.status()).isEqualTo(TriageStatus.REMEDIATE));
        assertThat(fx.finding("reserved-to-external", "example.com").status()).isEqualTo(TriageStatus.OPEN);
        List<Decision> history = new ArrayList<>();
        fx.ws.decisions().<RuntimeException>forEach(null, history::add);
        assertThat(history).hasSize(3).allSatisfy(d -> {
            assertThat(d.origin()).isEqualTo(DecisionOrigin.BULK);
            assertThat(d.auditSeq()).isEqualTo(result.auditSeq());
        });
        assertThat(fx.ws.audit().bySeq(result.auditSeq()).orElseThrow().details())
                .contains("\"rules\":[\"external-routing\"]", "\"count\":3");
        assertThat(triage.countMatching(externalOpen)).isZero();
        assertThatThrownBy(() -> triage.decideMatching(externalOpen,
                new DecisionRequest(TriageStatus.REMEDIATE, "carol", null, null, null)))
                .isInstanceOf(TriageException.class).hasMessageContaining("no finding of the latest scan");
    }

    @Test
    void bulkWithoutAFilterIsRefused() {
        assertThatThrownBy(() -> triage.decideMatching(new TriageSelection(Set.of(), null, Set.of(), Set.of()),
                new DecisionRequest(TriageStatus.REMEDIATE, "carol", null, null, null)))
                .isInstanceOf(TriageException.class).hasMessageContaining("needs a filter");
    }
}
