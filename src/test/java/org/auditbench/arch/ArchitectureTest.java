package org.auditbench.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.auditbench.rules.api.Rule;

/** The promises of DESIGN §3, checked on every build. */
@AnalyzeClasses(packages = "org.auditbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreNeverSeesJavaFx = noClasses().that().resideOutsideOfPackage("org.auditbench.gui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp..", "com.sun.javafx..")
            .because("only the gui package may use JavaFX; the core serves the CLI too");

    @ArchTest
    static final ArchRule modelDependsOnNothingElse = classes().that().resideInAPackage("org.auditbench.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.auditbench.model..", "java..")
            .because("model holds only records and enums");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.auditbench.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyWorkspaceAndSourceReadersUseJdbc = noClasses().that()
            .resideOutsideOfPackages("org.auditbench.workspace..", "org.auditbench.importer.jdbc..",
                    "org.auditbench.importer.sqlite..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..",
                    "org.postgresql..", "org.mariadb..")
            .because("only workspace speaks SQL to the workspace; only the database importers read sources");

    @ArchTest
    static final ArchRule onlyTheReportWriterAndXlsxReaderUsePoi = noClasses().that()
            .resideOutsideOfPackages("org.auditbench.report.excel..", "org.auditbench.importer.xlsx..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..")
            .because("POI writes only in report.excel and reads only in importer.xlsx");

    @ArchTest
    static final ArchRule onlyCliPrints = noClasses().that().resideOutsideOfPackage("org.auditbench.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("only cli prints; everything else returns results or throws");

    @ArchTest
    static final ArchRule rulesAreSmallFinalStatelessClasses = classes().that().implement(Rule.class)
            .should().haveSimpleNameEndingWith("Rule")
            .andShould().haveModifier(JavaModifier.FINAL)
            .andShould().resideInAPackage("org.auditbench.rules.catalog..")
            .andShould(StatelessCondition.NO_INSTANCE_STATE);

    @ArchTest
    static final ArchRule rulesSeeOnlyTheirApiNamesAndModel = classes().that().resideInAPackage("org.auditbench.rules.catalog..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.auditbench.rules.api..",
                    "org.auditbench.rules.catalog..", "org.auditbench.names..", "org.auditbench.model..", "java..")
            .because("a rule judges an entry with its facts and the policy, nothing else");
}
