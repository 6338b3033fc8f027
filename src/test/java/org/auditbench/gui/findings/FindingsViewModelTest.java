package org.auditbench.gui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.auditbench.gui.support.DemoFixture;
import org.auditbench.gui.support.DirectAccess;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;
import org.auditbench.workspace.FindingFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsViewModelTest {

    @TempDir
    Path dir;

    private DirectAccess access;
    private FindingsViewModel model;

    @BeforeEach
    void load() throws Exception {
        Path file = DemoFixture.copyInto(dir);
        access = new DirectAccess(file);
        model = new FindingsViewModel(access);
        model.state().set(DemoFixture.state(file));
    }

    @Test
    void listsTheLatestScanWorstFirstWithFilterChoices() {
        assertThat(access.unhandled()).isEmpty();
        assertThat(model.rows()).isNotEmpty();
        assertThat(model.rows().get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(model.total().get()).isEqualTo(model.rows().size());
        assertThat(model.ruleChoices()).contains("reserved-to-external", "external-routing", "reserved-domain");
        assertThat(model.ownerChoices()).contains("", "Partner Integrations");
        assertThat(model.summary().get()).contains("findings match");
    }

    @Test
    void filtersInSqlBySeverityRuleOwnerStatusAndText() {
        model.apply(new FindingFilter(Set.of(Severity.CRITICAL), Set.of(), Set.of(), Set.of(), null));
        assertThat(model.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.severity()).isEqualTo(Severity.CRITICAL));
        assertThat(model.severities()).containsExactly(Severity.CRITICAL);

        model.apply(new FindingFilter(Set.of(), Set.of("external-routing"), Set.of(), Set.of(), "cohowinery"));
        assertThat(model.rows()).hasSize(2).allSatisfy(r -> {
            assertThat(r.rule()).isEqualTo("external-routing");
            assertThat(r.key()).isEqualTo("cohowinery.com");
        });

        model.apply(new FindingFilter(Set.of(), Set.of(), Set.of(), Set.of(""), null));
        assertThat(model.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.owner()).isNull());

        model.apply(new FindingFilter(Set.of(), Set.of(), Set.of(TriageStatus.FALSE_POSITIVE), Set.of(), null));
        assertThat(model.rows()).isEmpty();
        assertThat(model.total().get()).isZero();

        model.clearFilters();
        assertThat(model.filter()).isEqualTo(FindingFilter.ALL);
    }

    @Test
    void showEntryHandsTheSelectedRowToTheWindow() {
        FindingRow[] shown = new FindingRow[1];
        model.setShowEntryHandler(row -> shown[0] = row);
        model.selected().set(model.rows().get(0));
        model.showEntry();
        assertThat(shown[0]).isSameAs(model.rows().get(0));
    }
}
