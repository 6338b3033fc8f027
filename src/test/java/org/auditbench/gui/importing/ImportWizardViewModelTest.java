package org.auditbench.gui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    @Test
    void importsAFolderOfThunderbirdAutoconfigFiles() throws Exception {
        Path ispdb = Path.of("../shared/corpora/ispdb");
        assumeTrue(Files.isDirectory(ispdb), "../shared/corpora/ispdb is not here (a user's clone does not have it);"
                + " skipped");
        model.choose(ispdb);
        assertThat(model.fileError().get()).isNull();
        assertThat(model.preview().get().format()).isEqualTo("autoconfig");
        assertThat(model.chosenMapping()).containsKeys(CanonicalField.DOMAIN, CanonicalField.TARGET);
        assertThat(model.sourceName().get()).isEqualTo("ispdb");
        model.next();
        model.next();
        model.next();
        assertThat(model.importError().get()).isNull();
        assertThat(model.result().get().imported()).isGreaterThan(500);
        assertThat(model.result().get().format()).isEqualTo("autoconfig");
    }

    @Test
    void savesTheMappingByNameAndStartsTheNextImportFromIt() throws Exception {
        Path q3 = dir.resolve("routes-q3.csv");
        Files.writeString(q3, "Mail Domain,Route To,Team\nfabrikam.com,mail.fabrikam.com,Mail\n");
        model.choose(q3);
        model.mapping().get(CanonicalField.TARGET.ordinal()).column().set("Route To");
        model.sourceName().set("routes");
        model.mappingTable().saveAs("routes-layout", "routes");
        assertThat(model.mappingTable().note().get()).contains("saved as 'routes-layout'");
        assertThat(model.mappingTable().saved()).extracting(m -> m.name()).contains("routes-layout");

        // next quarter: a new wizard starts from the saved mapping instead of recognition
        ImportWizardViewModel next = new ImportWizardViewModel(new DirectAccess(workspace));
        Path q4 = dir.resolve("routes-q4.csv");
        Files.writeString(q4, "Mail Domain,Route To,Team\ncontoso.net,mx.contoso.net,Mail\n");
        next.choose(q4);
        assertThat(next.chosenMapping()).doesNotContainKey(CanonicalField.TARGET);
        var saved = next.mappingTable().saved().stream().filter(m -> m.name().equals("routes-layout")).findFirst()
                .orElseThrow();
        next.mappingTable().apply(saved);
        assertThat(next.chosenMapping()).containsEntry(CanonicalField.TARGET, "Route To")
                .containsEntry(CanonicalField.DOMAIN, "Mail Domain");
        assertThat(next.mappingTable().used().get()).isEqualTo(saved);
        next.sourceName().set("routes");
        next.next();
        next.next();
        next.next();
        assertThat(next.importError().get()).isNull();
        try (Workspace ws = Workspace.open(workspace)) {
            ws.entries().<RuntimeException>forEach(next.result().get().snapshotId(),
                    e -> assertThat(e.target()).isEqualTo("mx.contoso.net"));
        }

        // a saved mapping naming a column this file lacks leaves the field unmapped and says so
        Path renamed = dir.resolve("renamed.csv");
        Files.writeString(renamed, "Mail Domain,Destination Host,Team\nexample.org,mx.example.org,Mail\n");
        next.choose(renamed);
        next.mappingTable().apply(saved);
        assertThat(next.mappingTable().note().get()).contains("target ← 'Route To'");
        assertThat(next.mappingTable().used().get()).isNull();
    }

    @Test
    void previewsAndImportsADatabaseTableOverJdbc() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5432/test";
        String table = "ab_gui_routes_" + Long.toHexString(System.nanoTime() & 0xffffff);
        java.util.Properties admin = new java.util.Properties();
        admin.setProperty("user", "postgres");
        admin.setProperty("connectTimeout", "3");
        java.sql.Connection connection;
        try {
            connection = java.sql.DriverManager.getConnection(url, admin);
        } catch (java.sql.SQLException e) {
            assumeTrue(false, url + " is not reachable (" + e.getMessage() + "); database test skipped");
            return;
        }
        try (connection; java.sql.Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE " + table + " (domain text, server text, owner text)");
            s.execute("INSERT INTO " + table + " VALUES ('example.com', 'imap.sei.co.jp', NULL),"
                    + " ('fabrikam.com', 'mail.fabrikam.com', 'Mail')");
            try {
                model.kind().set(ImportWizardViewModel.SourceKind.DATABASE);
                model.jdbc().url().set(url);
                model.jdbc().user().set("postgres");
                model.jdbc().setPassword("unused-with-trust-auth".toCharArray());
                assertThat(model.jdbc().problem().get()).contains("Name the table");
                model.listTables();
                assertThat(model.jdbc().tables()).contains("public." + table);
                model.jdbc().table().set(table);
                model.connect();
                assertThat(model.fileError().get()).isNull();
                assertThat(model.preview().get().format()).isEqualTo("jdbc");
                assertThat(model.preview().get().rows()).hasSize(2);
                assertThat(model.sourceName().get()).isEqualTo(table);
                model.next();
                model.next();
                model.next();
                assertThat(model.importError().get()).isNull();
                assertThat(model.result().get().imported()).isEqualTo(2);
                try (Workspace ws = Workspace.open(workspace)) {
                    assertThat(ws.snapshots().byId(model.result().get().snapshotId()).orElseThrow().locator())
                            .isEqualTo(url + " (table " + table + ")").doesNotContain("unused");
                }
                model.close();
            } finally {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    @Test
    void aJdbcUrlWithAPasswordIsRefusedBeforeConnecting() {
        model.kind().set(ImportWizardViewModel.SourceKind.DATABASE);
        model.jdbc().url().set("jdbc:postgresql://127.0.0.1/test?user=x&password=hunter2");
        model.jdbc().table().set("config");
        model.connect();
        assertThat(model.fileError().get()).contains("the URL contains a password").doesNotContain("hunter2");
        assertThat(model.preview().get()).isNull();
        model.jdbc().url().set("postgresql://db/test");
        assertThat(model.jdbc().problem().get()).contains("starts with jdbc:");
    }
}
