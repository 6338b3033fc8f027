package org.auditbench.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.prefs.Preferences;
import org.auditbench.gui.entries.ExpiryWindow;
import org.auditbench.gui.support.DemoFixture;
import org.auditbench.gui.support.DirectAccess;
import org.auditbench.model.Severity;
import org.auditbench.workspace.FindingFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchViewModelTest {

    @TempDir
    Path dir;

    private Settings settings;
    private Preferences node;
    private Path file;
    private WorkbenchViewModel model;

    @BeforeEach
    void open() throws Exception {
        node = Preferences.userRoot().node("org/auditbench/test/vm-" + System.nanoTime());
        settings = new Settings(node);
        file = DemoFixture.copyInto(dir);
        DirectAccess access = new DirectAccess(file);
        model = new WorkbenchViewModel(access, settings, DemoFixture.CLOCK);
        model.setSwitcher(access::switchTo);
        model.open(file, false);
    }

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void openingLoadsTheStateEveryViewFollowsAndRemembersTheFile() {
        assertThat(model.state().get().file()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(model.state().get().reviewDate()).hasToString("2026-12-31");
        assertThat(model.overview().data().get()).isNotNull();
        // hidden views read the workspace only once they are shown
        assertThat(model.findings().rows()).isEmpty();
        model.navigate(View.FINDINGS);
        assertThat(model.findings().rows()).isNotEmpty();
        model.navigate(View.ENTRIES);
        assertThat(model.entries().groups()).isNotEmpty();
        model.navigate(View.SOURCES);
        assertThat(model.sources().snapshots()).hasSize(2);
        assertThat(model.recent()).containsExactly(file.toAbsolutePath().normalize());
        assertThat(settings.recent()).containsExactly(file.toAbsolutePath().normalize());
        assertThat(WorkbenchViewModel.statusText(model.state().get())).contains("366 entries")
                .contains("3 critical");
    }

    @Test
    void scanningAgainUsesTheLastPolicyAndShowsTheTrend() {
        long before = model.state().get().scanId();
        model.scan();
        assertThat(model.lastScan().get().scanId()).isGreaterThan(before);
        assertThat(model.lastScan().get().bySeverity().get(Severity.CRITICAL)).isEqualTo(3);
        assertThat(model.state().get().scanId()).isEqualTo(model.lastScan().get().scanId());
        assertThat(model.overview().state().get()).isSameAs(model.state().get());
        assertThat(model.overview().data().get().trend(Severity.CRITICAL)).isZero();
        assertThat(model.message().get()).isNull();
    }

    @Test
    void scanningWithABrokenPolicyFileSaysWhyAndKeepsTheOldScan() throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "organization: X\nnoSuchKey: 1\n");
        long before = model.state().get().scanId();
        model.scanWith(policy);
        assertThat(model.message().get()).startsWith("Scan failed: ").contains("noSuchKey").contains("line 2");
        assertThat(model.state().get().scanId()).isEqualTo(before);
        assertThat(model.scanning().get()).isFalse();
    }

    @Test
    void tilesBarsAndRowsNavigateWithTheirFilter() {
        model.overview().openSeverity(Severity.HIGH);
        assertThat(model.view().get()).isEqualTo(View.FINDINGS);
        assertThat(model.findings().severities()).containsExactly(Severity.HIGH);
        assertThat(model.findings().rows()).allSatisfy(r -> assertThat(r.severity()).isEqualTo(Severity.HIGH));

        model.showEntries(ExpiryWindow.expiredBefore(model.state().get().reviewDate()));
        assertThat(model.view().get()).isEqualTo(View.ENTRIES);
        assertThat(model.entries().expiryWindow().get()).isNotNull();

        model.showFindings(new FindingFilter(Set.of(), Set.of(), Set.of(), Set.of(), "sei.co.jp"));
        model.findings().selected().set(model.findings().rows().get(0));
        model.findings().showEntry();
        assertThat(model.view().get()).isEqualTo(View.ENTRIES);
        assertThat(model.entries().search().get()).isEqualTo("email@example.com");
        assertThat(model.entries().expiryWindow().get()).isNull();
    }

    @Test
    void aMissingWorkspaceIsReportedAndForgotten() {
        Path gone = dir.resolve("gone").resolve("nothing.db");
        model.open(gone, false);
        assertThat(model.message().get()).startsWith("Could not open");
        assertThat(settings.recent()).doesNotContain(gone);
    }

    @Test
    void createsANewEmptyWorkspace() {
        Path created = dir.resolve("new.db");
        model.create(created);
        assertThat(model.state().get().file()).isEqualTo(created.toAbsolutePath().normalize());
        assertThat(model.state().get().snapshots()).isEmpty();
        model.navigate(View.FINDINGS);
        assertThat(model.findings().summary().get()).contains("No scan yet");
        model.create(created);
        assertThat(model.message().get()).contains("already exists");
    }

    @Test
    void themeChoiceIsRemembered() {
        boolean before = settings.dark();
        model.toggleTheme();
        assertThat(settings.dark()).isEqualTo(!before);
        assertThat(new WorkbenchViewModel(new DirectAccess(file), settings, DemoFixture.CLOCK).dark().get())
                .isEqualTo(!before);
    }

    @Test
    void theReviewerIsTheRememberedNameAndIsConfirmedOncePerSession() {
        assertThat(model.reviewer().get()).isEqualTo(System.getProperty("user.name", ""));
        assertThat(model.reviewerConfirmed().get()).isFalse();
        assertThat(model.findings().triage().actor().get()).isEqualTo(model.reviewer().get());
        model.confirmReviewer("  Alice Auditor ");
        assertThat(model.reviewer().get()).isEqualTo("Alice Auditor");
        assertThat(model.reviewerConfirmed().get()).isTrue();
        assertThat(model.findings().triage().actor().get()).isEqualTo("Alice Auditor");
        assertThat(settings.reviewer()).isEqualTo("Alice Auditor");
        // a new session starts from the remembered name, still to be confirmed
        WorkbenchViewModel next = new WorkbenchViewModel(new DirectAccess(file), settings, DemoFixture.CLOCK);
        assertThat(next.reviewer().get()).isEqualTo("Alice Auditor");
        assertThat(next.reviewerConfirmed().get()).isFalse();
    }

    @Test
    void exportThenSignOffLocksTriageUntilANewReviewIsOpened() throws Exception {
        model.confirmReviewer("alice");
        model.navigate(View.FINDINGS);
        var export = model.exportReport();
        export.file().set(dir.resolve("q4.xlsx"));
        export.export(null);
        assertThat(export.error().get()).isNull();
        assertThat(model.lastReport().get()).isEqualTo(dir.resolve("q4.xlsx").toAbsolutePath());
        assertThat(model.auditCheck().report().get().intact()).isTrue();

        var signOff = model.signOff();
        assertThat(signOff.reviewer().get()).isEqualTo("alice");
        assertThat(signOff.reportFile().get()).isEqualTo(model.lastReport().get());
        signOff.role().set("IT audit lead");
        signOff.statement().set("Reviewed.");
        signOff.signOff();
        assertThat(signOff.error().get()).isNull();
        assertThat(model.state().get().reviewLocked()).isTrue();
        assertThat(model.findings().triage().lockMessage().get()).contains("Review 2026Q4 was signed off by alice");
        assertThat(signOff.result().get().signOff().reportSha256()).isEqualTo(export.result().get().sha256());

        String[] error = new String[1];
        model.openReview("2027Q1", e -> error[0] = e);
        assertThat(error[0]).isNull();
        assertThat(model.state().get().reviewLocked()).isFalse();
        assertThat(model.state().get().review().period()).isEqualTo("2027Q1");
        assertThat(model.findings().triage().lockMessage().get()).isNull();
        model.openReview("2027Q2", e -> error[0] = e);
        assertThat(error[0]).contains("review 2027Q1").contains("still open");
    }
}
