package org.auditbench.gui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.auditbench.gui.importing.ImportWizardViewModel.Step;
import org.auditbench.gui.support.DemoFixture;
import org.auditbench.gui.support.DirectAccess;
import org.auditbench.importer.CanonicalField;
import org.auditbench.importer.ImportResult;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportWizardViewModelTest {

    @TempDir
    Path dir;

    private Path workspace;
    private ImportWizardViewModel model;
    private ImportResult[] imported;

    @BeforeEach
    void setUp() throws Exception {
        workspace = DemoFixture.copyInto(dir);
        model = new ImportWizardViewModel(new DirectAccess(workspace));
        imported = new ImportResult[1];
        model.setOnImported(r -> imported[0] = r);
    }

    @Test
    void previewsMapsAndImportsAFile() throws Exception {
        Path csv = dir.resolve("routes.csv");
        Files.writeString(csv, "Mail Domain,Route To,Team,Notes\nfabrikam.com,mail.fabrikam.com,Mail,first\n"
                + "contoso.net,mx.contoso.net,Mail,second\n");
        assertThat(model.knownSources()).containsExactly("contoso-autodiscover");
        model.choose(csv);
        assertThat(model.preview().get().format()).isEqualTo("csv");
        assertThat(model.preview().get().rows()).hasSize(2);
        assertThat(model.sourceName().get()).isEqualTo("routes");
        // "Route To" is no known synonym: map it by hand, as the mapping table's combo box does
        assertThat(model.chosenMapping()).containsEntry(CanonicalField.DOMAIN, "Mail Domain")
                .containsEntry(CanonicalField.OWNER, "Team").doesNotContainKey(CanonicalField.TARGET);
        model.mapping().stream().filter(r -> r.field() == CanonicalField.TARGET).findFirst().orElseThrow()
                .column().set("Route To");
        assertThat(model.sample("Route To")).isEqualTo("mail.fabrikam.com");
        assertThat(model.mappingProblem().get()).isNull();

        model.next();
        assertThat(model.step().get()).isEqualTo(Step.MAPPING);
        model.next();
        assertThat(model.step().get()).isEqualTo(Step.DETAILS);
        model.environment().set("prod");
        model.next();
        assertThat(model.step().get()).isEqualTo(Step.RESULT);
        assertThat(model.importError().get()).isNull();
        assertThat(model.result().get().imported()).isEqualTo(2);
        assertThat(imported[0]).isSameAs(model.result().get());
        try (Workspace ws = Workspace.open(workspace)) {
            ws.entries().<RuntimeException>forEach(model.result().get().snapshotId(), e -> {
                assertThat(e.target()).startsWith("m");
                assertThat(e.environment()).isEqualTo("prod");
                assertThat(e.extra()).containsKey("Notes");
            });
        }

        // the same bytes again: nothing is written unless forced
        imported[0] = null;
        model.startImport(false);
        assertThat(model.result().get().unchanged()).isTrue();
        assertThat(imported[0]).isNull();
        model.startImport(true);
        assertThat(model.result().get().unchanged()).isFalse();
        assertThat(imported[0]).isNotNull();
    }

    @Test
    void aMappingWithoutDomainOrWithAColumnTwiceCannotProceed() throws Exception {
        Path csv = dir.resolve("odd.csv");
        Files.writeString(csv, "a,b\nx.com,y.com\n");
        model.choose(csv);
        assertThat(model.mappingProblem().get()).contains("domain");
        model.step().set(Step.MAPPING);
        assertThat(model.canAdvance()).isFalse();
        MappingRow domain = model.mapping().get(CanonicalField.DOMAIN.ordinal());
        MappingRow target = model.mapping().get(CanonicalField.TARGET.ordinal());
        domain.column().set("a");
        target.column().set("a");
        assertThat(model.mappingProblem().get()).contains("'a' is mapped to both");
        target.column().set("b");
        assertThat(model.canAdvance()).isTrue();
    }

    @Test
    void aFileThatCannotBeReadSaysWhyAndStaysOnTheFirstPage() throws Exception {
        model.choose(dir.resolve("missing.csv"));
        assertThat(model.fileError().get()).contains("does not exist");
        model.choose(dir);
        assertThat(model.fileError().get()).isNotBlank();
        assertThat(model.canAdvance()).isFalse();
        assertThat(model.step().get()).isEqualTo(Step.FILE);
    }

    @Test
    void labelsDefaultToTheCurrentQuarter() {
        assertThat(ImportWizardViewModel.currentQuarter(LocalDate.of(2026, 11, 28))).isEqualTo("2026Q4");
        assertThat(ImportWizardViewModel.currentQuarter(LocalDate.of(2027, 1, 1))).isEqualTo("2027Q1");
    }
}
