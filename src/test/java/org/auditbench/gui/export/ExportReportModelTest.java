package org.auditbench.gui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditbench.gui.session.WorkspaceAccess;
import org.auditbench.gui.session.WorkspaceJob;
import org.auditbench.gui.session.WorkspaceRead;
import org.auditbench.gui.session.WorkspaceState;
import org.auditbench.gui.tasks.BackgroundTasks.Failure;
import org.auditbench.gui.tasks.DialogCommand.Step;
import org.auditbench.gui.tasks.Job;
import org.auditbench.gui.support.DemoFixture;
import org.auditbench.gui.support.DirectAccess;
import org.auditbench.model.AuditRecord;
import org.auditbench.report.ReportResult;
import org.auditbench.report.TestKeys;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReportModelTest {

    @TempDir
    Path dir;

    private Path file;
    private DirectAccess access;
    private WorkspaceState state;

    @BeforeEach
    void load() throws Exception {
        file = DemoFixture.copyInto(dir);
        access = new DirectAccess(file);
        state = DemoFixture.state(file);
    }

    @Test
    void defaultsToTheQuarterOfTheReviewDateBesideTheWorkspace() {
        ExportReportModel model = new ExportReportModel(access, state, "alice");
        assertThat(model.period().get()).isEqualTo("2026Q4");
        assertThat(model.reviewer().get()).isEqualTo("alice");
        assertThat(model.file().get()).isEqualTo(dir.resolve(file.getFileName().toString().replace(".db", "")
                + "-report-2026Q4.xlsx").toAbsolutePath());
        assertThat(model.problem().get()).isNull();
    }

    @Test
    void saysWhatIsWrongBeforeExporting() {
        ExportReportModel model = new ExportReportModel(access, state, "alice");
        model.period().set("Q4 2026");
        assertThat(model.problem().get()).contains("period 'Q4 2026'").contains("2026Q4");
        model.period().set("2026Q4");
        model.file().set(dir.resolve("report.csv"));
        assertThat(model.problem().get()).contains(".xlsx");
        model.file().set(dir.resolve("missing-folder").resolve("report.xlsx"));
        assertThat(model.problem().get()).contains("does not exist");
        model.file().set(dir.resolve("report.xlsx"));
        model.keystore().set(dir.resolve("nokey.p12"));
        assertThat(model.problem().get()).contains("signing key").contains("does not exist");
        model.keystore().set(null);
        assertThat(model.problem().get()).isNull();
    }

    @Test
    void cancellingARunningExportStopsItsJobAndReturnsToTheForm() {
        boolean[] cancelled = {false};
        WorkspaceAccess pending = new WorkspaceAccess() { // a job that is still running when the user cancels
            @Override
            public Path file() {
                return access.file();
            }

            @Override
            public <T> void read(String key, String what, WorkspaceRead<T> read, Consumer<T> onSuccess,
                                 Consumer<Failure> onFailure) {
                access.read(key, what, read, onSuccess, onFailure);
            }

            @Override
            public <T> Runnable job(String title, WorkspaceJob<T> job, Consumer<T> onSuccess,
                                    Consumer<Failure> onFailure) {
                return () -> cancelled[0] = true;
            }

            @Override
            public <T> Runnable task(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Failure> onFailure) {
                return access.task(title, job, onSuccess, onFailure);
            }

            @Override
            public void onUiThread(Runnable update) {
                update.run();
            }
        };
        ExportReportModel model = new ExportReportModel(pending, state, "alice");
        model.file().set(dir.resolve("q4.xlsx"));
        model.export(null);
        assertThat(model.step().get()).isEqualTo(Step.RUNNING);

        model.cancel();

        assertThat(cancelled[0]).isTrue();
        assertThat(model.step().get()).isEqualTo(Step.FORM);
        assertThat(model.error().get()).contains("cancelled");
        assertThat(dir.resolve("q4.xlsx")).doesNotExist();
    }

    @Test
    void exportsTheReportAndRecordsItsHashInTheAuditLog() throws Exception {
        ExportReportModel model = new ExportReportModel(access, state, "alice");
        Path out = dir.resolve("q4.xlsx");
        model.file().set(out);
        List<ReportResult> exported = new ArrayList<>();
        model.setOnExported(exported::add);

        model.export(null);

        assertThat(model.error().get()).isNull();
        assertThat(model.step().get()).isEqualTo(Step.DONE);
        ReportResult result = model.result().get();
        assertThat(exported).containsExactly(result);
        assertThat(result.file()).isEqualTo(out.toAbsolutePath());
        assertThat(result.period()).isEqualTo("2026Q4");
        assertThat(result.signed()).isFalse();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("Findings")).isNotNull();
        }
        try (Workspace ws = Workspace.open(file)) {
            List<AuditRecord> rows = new ArrayList<>();
            ws.audit().<RuntimeException>forEach(rows::add);
            assertThat(rows).last().satisfies(r -> {
                assertThat(r.action()).isEqualTo("report-export");
                assertThat(r.actor()).isEqualTo("alice");
                assertThat(r.details()).contains(result.sha256());
            });
        }
    }

    @Test
    void signsWithAPkcs12KeyAndWipesThePassword() throws Exception {
        char[] secret = "s3cret-pass".toCharArray();
        Path keystore = TestKeys.pkcs12(dir.resolve("signer.p12"), secret.clone());
        ExportReportModel model = new ExportReportModel(access, state, "alice");
        model.file().set(dir.resolve("signed.xlsx"));
        model.keystore().set(keystore);

        model.export(secret);

        assertThat(model.error().get()).isNull();
        assertThat(model.result().get().signed()).isTrue();
        assertThat(new String(secret)).isEqualTo("\0".repeat(secret.length));
    }

    @Test
    void aWrongPasswordIsAClearErrorAndWritesNothing() throws Exception {
        Path keystore = TestKeys.pkcs12(dir.resolve("signer.p12"), "right".toCharArray());
        ExportReportModel model = new ExportReportModel(access, state, "alice");
        Path out = dir.resolve("never.xlsx");
        model.file().set(out);
        model.keystore().set(keystore);

        model.export("wrong".toCharArray());

        assertThat(model.step().get()).isEqualTo(Step.FORM);
        assertThat(model.error().get()).contains("signer.p12").contains("wrong password");
        assertThat(out).doesNotExist();
    }
}
