package org.auditbench.gui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import org.auditbench.gui.entries.ExpiryWindow;
import org.auditbench.gui.support.DemoFixture;
import org.auditbench.gui.support.DirectAccess;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;
import org.auditbench.workspace.FindingFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewViewModelTest {

    @TempDir
    Path dir;

    @Test
    void summarisesTheScanAndOpensWhatATileOrBarCounts() throws Exception {
        Path file = DemoFixture.copyInto(dir);
        OverviewViewModel model = new OverviewViewModel(new DirectAccess(file));
        FindingFilter[] opened = new FindingFilter[1];
        ExpiryWindow[] window = new ExpiryWindow[1];
        model.setOpenFindings(f -> opened[0] = f);
        model.setOpenEntries(w -> window[0] = w);
        model.state().set(DemoFixture.state(file));

        OverviewData data = model.data().get();
        assertThat(data.count(Severity.CRITICAL)).isEqualTo(3);
        assertThat(data.trend(Severity.CRITICAL)).isNull(); // the demo has a single scan
        assertThat(data.byRule()).isNotEmpty();
        assertThat(model.topOwners().get()).isNotEmpty();
        assertThat(data.open(Severity.CRITICAL)).isEqualTo(3); // nobody has decided anything in the demo
        assertThat(data.expired()).isPositive();
        assertThat(data.reviewDate()).hasToString("2026-12-31");

        model.openSeverity(Severity.CRITICAL);
        assertThat(opened[0].severities()).containsExactly(Severity.CRITICAL);
        model.openRule("external-routing");
        assertThat(opened[0].rules()).containsExactly("external-routing");
        model.openOwner("");
        assertThat(opened[0].owners()).containsExactly("");
        assertThat(opened[0].statuses()).containsExactly(TriageStatus.OPEN);
        model.openExpiryMonth(YearMonth.of(2027, 6));
        assertThat(window[0].label()).isEqualTo("Expiring in 2027-06");
        model.openExpired();
        assertThat(window[0].before()).hasToString("2026-12-31");
    }
}
