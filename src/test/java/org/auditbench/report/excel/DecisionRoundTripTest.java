package org.auditbench.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.model.TriageStatus;
import org.auditbench.report.CurrentDecision;
import org.auditbench.report.Decision;
import org.auditbench.report.DecisionCheck;
import org.auditbench.report.DecisionValidator;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReviewStats;
import org.auditbench.report.SignoffInfo;
import org.auditbench.report.SnapshotChanges;
import org.auditbench.report.TriageView;
import org.auditbench.report.UntriagedView;
import org.auditbench.report.TriageDecisionRecorder;
import org.auditbench.report.TriageBackedView;
import org.auditbench.report.WaiverRow;
import org.auditbench.report.Workbooks;
import org.auditbench.report.WorkspaceDecisionContext;
import org.auditbench.report.WorkspaceReportSources;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report goes out, reviewers edit Status and Comment, the workbook comes back and is read by fingerprint. */
class DecisionRoundTripTest {

    static final LocalDate TODAY = LocalDate.of(2027, 1, 10);

    @TempDir
    static Path dir;
    static Path db;
    static Path returned;

    @BeforeAll
    static void reviewersEditAReport() throws Exception {
        db = dir.resolve("demo.db");
        DemoWorkspace.build(db);
        Path report = dir.resolve("report.xlsx");
        try (Workspace ws = Workspace.open(db)) {
            ReportRequest request = ReportRequest.of("2026Q4", null);
            ExcelReport.write(WorkspaceReportSources.open(ws, request, new TriageBackedView(ws),
                    new SnapshotChanges(ws)), request, report, null);
        }
        returned = dir.resolve("returned.xlsx");
        try (XSSFWorkbook workbook = Workbooks.open(report)) {
            XSSFSheet sheet = workbook.getSheet("Findings");
            int status = Workbooks.column(sheet, "Status");
            int comment = Workbooks.column(sheet, "Comment");
            int until = Workbooks.column(sheet, "Waiver until");
            int fingerprint = Workbooks.column(sheet, "Fingerprint");
            sheet.getRow(1).createCell(status).setCellValue("remediate");
            sheet.getRow(2).createCell(status).setCellValue("accepted-risk");
            sheet.getRow(2).createCell(comment).setCellValue("Partner contract CHG-9 covers it");
            CellStyle german = workbook.createCellStyle();
            german.setDataFormat(workbook.createDataFormat().getFormat("d.m.yyyy"));
            sheet.getRow(2).createCell(until).setCellValue(LocalDate.of(2027, 6, 30));
            sheet.getRow(2).getCell(until).setCellStyle(german);
            sheet.getRow(3).createCell(status).setCellValue("looks fine");
            sheet.getRow(4).createCell(fingerprint).setCellValue("0123456789abcdef0123456789abcdef");
            sheet.getRow(4).createCell(status).setCellValue("remediate");
            sheet.getRow(5).createCell(status).setCellValue("false-positive");
            // cells are replaced, not edited in place: POI keeps the old text of an edited inline-string cell,
            // which Excel and LibreOffice never write
            try (OutputStream out = Files.newOutputStream(returned)) {
                workbook.write(out);
            }
        }
    }

    @Test
    void twoChangedStatusesGiveExactlyTwoDecisionsAndTheRestIsListedByRow() throws Exception {
        DecisionCheck check = check(new UntriagedView());
        assertThat(check.period()).isEqualTo("2026Q4");
        assertThat(check.decisions()).hasSize(2);
        Decision first = check.decisions().get(0);
        assertThat(first.status()).isEqualTo(TriageStatus.REMEDIATE);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.decidedBy()).isEqualTo("j.doe");
        Decision waiver = check.decisions().get(1);
        assertThat(waiver.status()).isEqualTo(TriageStatus.ACCEPTED_RISK);
        assertThat(waiver.comment()).isEqualTo("Partner contract CHG-9 covers it");
        assertThat(waiver.waiverUntil()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(check.problems()).extracting(p -> p.row() + ": " + p.reason()).containsExactly(
                "4: invalid status 'looks fine' (expected open, remediate, accepted-risk or false-positive)",
                "5: unknown fingerprint 0123456789abcdef0123456789abcdef (the workspace's latest scan raised no such"
                        + " finding)",
                "6: false-positive is a waiver and needs its reason in Comment");
        assertThat(check.unchanged()).isEqualTo(check.rows() - 5);
    }

    @Test
    void theValidDecisionsAreRecordedThroughTriageInOneGo() throws Exception {
        Path copy = dir.resolve("recorded.db");
        Files.copy(db, copy);
        try (Workspace ws = Workspace.open(copy)) {
            WorkspaceDecisionContext context = WorkspaceDecisionContext.open(ws, new TriageBackedView(ws));
            DecisionValidator validator = new DecisionValidator(context, ReturnedWorkbook.period(returned), "j.doe",
                    TODAY);
            ReturnedWorkbook.read(returned, validator::accept);
            List<Decision> valid = validator.result().decisions();
            new TriageDecisionRecorder(ws).record(valid);

            List<org.auditbench.model.Decision> history = new java.util.ArrayList<>();
            ws.decisions().<RuntimeException>forEach(null, history::add);
            assertThat(history).hasSize(2).allSatisfy(d -> assertThat(d.actor()).isEqualTo("j.doe"));
            assertThat(ws.decisions().current(valid.get(0).fingerprint()).status()).isEqualTo(TriageStatus.REMEDIATE);
            org.auditbench.model.FindingTriage waived = ws.decisions().current(valid.get(1).fingerprint());
            assertThat(waived.status()).isEqualTo(TriageStatus.ACCEPTED_RISK);
            assertThat(waived.waiverReason()).isEqualTo("Partner contract CHG-9 covers it");
            assertThat(waived.waiverUntil()).isEqualTo(LocalDate.of(2027, 6, 30));

            // a workbook read back again finds both decisions standing: nothing new to record
            DecisionValidator again = new DecisionValidator(WorkspaceDecisionContext.open(ws, new TriageBackedView(ws)),
                    ReturnedWorkbook.period(returned), "j.doe", TODAY);
            ReturnedWorkbook.read(returned, again::accept);
            assertThat(again.result().decisions()).isEmpty();
        }
    }

    @Test
    void afterSignOffEditedRowsAreRefused() throws Exception {
        SignoffInfo signed = new SignoffInfo("2026Q4", "M. Lindqvist", "CISO", "ok", Instant.parse("2027-01-08T12:00:00Z"),
                "a".repeat(64), "b".repeat(64));
        DecisionCheck check = check(new SignedOff(signed));
        assertThat(check.decisions()).isEmpty();
        assertThat(check.problems()).filteredOn(p -> p.reason().startsWith("edited after the sign-off of review 2026Q4"))
                .extracting(p -> p.row()).containsExactly(2, 3, 6);
    }

    private static DecisionCheck check(TriageView triage) throws Exception {
        try (Workspace ws = Workspace.open(db)) {
            WorkspaceDecisionContext context = WorkspaceDecisionContext.open(ws, triage);
            DecisionValidator validator = new DecisionValidator(context, ReturnedWorkbook.period(returned), "j.doe",
                    TODAY);
            ReturnedWorkbook.read(returned, validator::accept);
            return validator.result();
        }
    }

    /** Triage state of a period that has been signed off and holds no decisions. */
    private record SignedOff(SignoffInfo signoff) implements TriageView {
        @Override
        public Optional<CurrentDecision> decision(String fingerprint) {
            return Optional.empty();
        }

        @Override
        public List<WaiverRow> waivers(String period) {
            return List.of();
        }

        @Override
        public Optional<SignoffInfo> signoff(String period) {
            return Optional.of(signoff);
        }

        @Override
        public ReviewStats statistics(String period) {
            return ReviewStats.NONE;
        }

        @Override
        public String decisionsSha256(String period) throws ReportException {
            return UntriagedView.EMPTY_SHA256;
        }
    }
}
