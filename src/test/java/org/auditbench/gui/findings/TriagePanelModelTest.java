package org.auditbench.gui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.auditbench.gui.support.DemoFixture;
import org.auditbench.gui.support.DirectAccess;
import org.auditbench.model.AuditRecord;
import org.auditbench.model.FindingTriage;
import org.auditbench.model.TriageStatus;
import org.auditbench.triage.ReviewService;
import org.auditbench.workspace.FindingFilter;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriagePanelModelTest {

    @TempDir
    Path dir;

    private Path file;
    private DirectAccess access;
    private FindingsViewModel findings;
    private TriagePanelModel panel;
    private int decided;

    @BeforeEach
    void load() throws Exception {
        file = DemoFixture.copyInto(dir);
        access = new DirectAccess(file);
        findings = new FindingsViewModel(access);
        findings.state().set(DemoFixture.state(file));
        panel = findings.triage();
        panel.actor().set("alice");
        // the window re-reads the workspace after a decision, as WorkbenchViewModel does
        panel.setOnDecided(r -> {
            decided++;
            reload();
        });
    }

    private void reload() {
        try {
            findings.state().set(DemoFixture.state(file));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<FindingRow> critical() {
        findings.apply(new FindingFilter(Set.of(org.auditbench.model.Severity.CRITICAL), Set.of(), Set.of(), Set.of(),
                null));
        return new ArrayList<>(findings.rows());
    }

    @Test
    void saysWhatIsMissingBeforeAWaiverCanBeApplied() {
        assertThat(panel.problem().get()).startsWith("Select one or more findings");
        findings.selection().setAll(critical().get(0));
        assertThat(panel.status().get()).isEqualTo(TriageStatus.OPEN); // filled in from the selection
        panel.status().set(TriageStatus.FALSE_POSITIVE);
        assertThat(panel.waiver().get()).isTrue();
        assertThat(panel.problem().get()).contains("false-positive is a waiver: say why");
        panel.reason().set("a documentation example, no mail is routed");
        assertThat(panel.problem().get()).contains("choose its last day");
        panel.until().set(LocalDate.now().plusDays(60));
        assertThat(panel.problem().get()).isNull();
        panel.status().set(TriageStatus.REMEDIATE);
        assertThat(panel.problem().get()).isNull(); // reason and last day belong to waivers only
    }

    @Test
    void marksSeveralFindingsFalsePositiveWithAWaiverThroughTheTriageCore() throws Exception {
        List<FindingRow> rows = critical();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        findings.selection().setAll(rows.subList(0, 2));
        LocalDate until = LocalDate.now().plusDays(90);
        panel.status().set(TriageStatus.FALSE_POSITIVE);
        panel.reason().set("test account of the documentation, routed nowhere since CHG-77");
        panel.until().set(until);
        panel.comment().set("checked with the mail team");

        panel.apply();

        assertThat(access.unhandled()).isEmpty();
        assertThat(panel.error().get()).isNull();
        assertThat(decided).isEqualTo(1);
        assertThat(panel.result().get()).startsWith("Marked 2 findings false-positive until " + until)
                .contains("as alice").contains("audit-log row");
        try (Workspace ws = Workspace.open(file)) {
            for (FindingRow row : rows.subList(0, 2)) {
                FindingTriage t = ws.decisions().current(row.fingerprint());
                assertThat(t.status()).isEqualTo(TriageStatus.FALSE_POSITIVE);
                assertThat(t.waiverUntil()).isEqualTo(until);
                assertThat(t.decidedBy()).isEqualTo("alice");
                assertThat(t.comment()).isEqualTo("checked with the mail team");
            }
            AuditRecord row = ws.audit().bySeq(panel.lastResult().get().auditSeq()).orElseThrow();
            assertThat(row.action()).isEqualTo("decision");
            assertThat(row.actor()).isEqualTo("alice");
        }
        // the table shows the new status and waiver, and keeps the selection
        assertThat(findings.rows()).filteredOn(r -> r.id() == rows.get(0).id()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(TriageStatus.FALSE_POSITIVE);
            assertThat(r.waiverExpires()).isEqualTo(until.toString());
            assertThat(r.decidedBy()).isEqualTo("alice");
        });
        assertThat(findings.wantedSelection().get()).isNull(); // consumed by the reload
    }

    @Test
    void isReadOnlyAfterASignOffAndShowsWhatTheCoreRefuses() throws Exception {
        FindingRow first = critical().get(0);
        try (Workspace ws = Workspace.open(file)) {
            new ReviewService(ws).signOff("2026Q4", "carol", "IT audit lead", "Reviewed.", null);
        }
        // the panel still shows the state read before the sign-off: the core refuses and says why
        findings.selection().setAll(first);
        panel.status().set(TriageStatus.REMEDIATE);
        panel.apply();
        assertThat(panel.error().get()).contains("review 2026Q4 was signed off by carol").contains("read-only");
        assertThat(decided).isZero();

        reload();
        assertThat(panel.lockMessage().get()).startsWith("Review 2026Q4 was signed off by carol (IT audit lead)");
        assertThat(panel.problem().get()).isEqualTo(panel.lockMessage().get());
    }

    @Test
    void aWaiverBeyondThePolicysLimitIsRefusedWithTheCoresReason() throws Exception {
        String policy;
        try (var in = TriagePanelModelTest.class.getResourceAsStream("/demo/policy.yaml")) {
            policy = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) + "\nwaiverMaxDays: 30\n";
        }
        try (Workspace ws = Workspace.open(file)) {
            new org.auditbench.rules.engine.ScanService(ws).scan(new org.auditbench.rules.engine.PolicyLoader()
                    .parseChecked(policy, "demo policy with a 30-day waiver limit"));
        }
        reload();
        findings.selection().setAll(critical().get(0));
        panel.status().set(TriageStatus.ACCEPTED_RISK);
        panel.reason().set("known and accepted");
        panel.until().set(LocalDate.now().plusDays(90));
        panel.apply();
        assertThat(decided).isZero();
        assertThat(panel.result().get()).isNull();
        assertThat(panel.error().get()).contains("runs too far ahead").contains("at most 30 days");
    }

    @Test
    void asksWhoDecidesBeforeRecording() {
        findings.selection().setAll(critical().get(0));
        panel.status().set(TriageStatus.REMEDIATE);
        Runnable[] pending = new Runnable[1];
        panel.setIdentityCheck(then -> pending[0] = then);
        panel.apply();
        assertThat(decided).isZero();
        panel.actor().set("bob");
        pending[0].run();
        assertThat(decided).isEqualTo(1);
        assertThat(panel.result().get()).contains("Marked 1 finding remediate as bob");
    }

    @Test
    void keepsWhatThePersonTypedWhenTheSelectionGrows() {
        List<FindingRow> rows = critical();
        findings.selection().setAll(rows.get(0));
        panel.status().set(TriageStatus.ACCEPTED_RISK);
        panel.reason().set("known");
        findings.selection().setAll(rows.subList(0, 2));
        assertThat(panel.status().get()).isEqualTo(TriageStatus.ACCEPTED_RISK);
        assertThat(panel.reason().get()).isEqualTo("known");
        panel.reset();
        assertThat(panel.status().get()).isEqualTo(TriageStatus.OPEN);
        assertThat(panel.reason().get()).isEmpty();
    }
}
