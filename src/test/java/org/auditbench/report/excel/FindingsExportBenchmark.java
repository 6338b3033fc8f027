package org.auditbench.report.excel;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.ImportListener;
import org.auditbench.importer.ImportOptions;
import org.auditbench.importer.ImportService;
import org.auditbench.model.Finding;
import org.auditbench.model.FindingSubject;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportResult;
import org.auditbench.report.SnapshotChanges;
import org.auditbench.report.TriageBackedView;
import org.auditbench.report.WorkspaceReportSources;
import org.auditbench.rules.engine.ScanService;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The report's scale target, run with {@code mvn -Pbench verify} (excluded from the normal build).
 * Exports the findings of a workspace with about a million findings twice: through the report's Findings
 * sheet writer (styles, redaction, formula guard, validation) and through a bare SXSSF loop writing the
 * same cell values with no styles. Prints both times and their ratio (target: at most 1.5), then the
 * time of the whole eight-sheet report. Both read the findings from the workspace the same way.
 * <p>
 * {@code -Dbench.workspace=FILE} reuses (or builds and keeps) a workspace; {@code -Dbench.findings=N}
 * sets the size of a built one (default 1,000,000: one reserved-domain finding per entry).
 */
@Tag("bench")
class FindingsExportBenchmark {

    @Test
    void exportAMillionFindings() throws Exception {
        int size = Integer.getInteger("bench.findings", 1_000_000);
        Path dir = Files.createTempDirectory("auditbench-bench");
        Path db = System.getProperty("bench.workspace") == null ? dir.resolve("bench.db")
                : Path.of(System.getProperty("bench.workspace"));
        if (!Files.exists(db)) {
            build(db, dir, size);
        }
        try (Workspace ws = Workspace.open(db)) {
            ReportRequest request = ReportRequest.of(null, null);
            WorkspaceReportSources sources = WorkspaceReportSources.open(ws, request, new TriageBackedView(ws),
                    new SnapshotChanges(ws));
            System.out.printf("bench: workspace %s, scan %d, %,d findings, max heap %,d MB%n", db,
                    sources.scope().scan().id(), sources.scope().scan().findingCount(),
                    Runtime.getRuntime().maxMemory() >> 20);
            List<long[]> bare = new ArrayList<>();
            List<long[]> styled = new ArrayList<>();
            for (int round = 1; round <= 2; round++) {
                bare.add(bareLoop(sources, dir.resolve("bare.xlsx")));
                styled.add(findingsSheet(sources, dir.resolve("styled.xlsx")));
                System.out.printf("bench: round %d: bare SXSSF %.1f s (%,d bytes), report Findings sheet %.1f s"
                        + " (%,d bytes)%n", round, bare.get(round - 1)[0] / 1e3, bare.get(round - 1)[1],
                        styled.get(round - 1)[0] / 1e3, styled.get(round - 1)[1]);
            }
            long bestBare = Math.min(bare.get(0)[0], bare.get(1)[0]);
            long bestStyled = Math.min(styled.get(0)[0], styled.get(1)[0]);
            System.out.printf("bench: best of two: bare %.1f s, report Findings sheet %.1f s, ratio %.2f"
                    + " (target <= 1.5)%n", bestBare / 1e3, bestStyled / 1e3, (double) bestStyled / bestBare);
            long start = System.nanoTime();
            ReportResult full = ExcelReport.write(sources, request, dir.resolve("full-report.xlsx"), null);
            System.out.printf("bench: whole report (%s): %.1f s, %,d bytes%n", String.join(", ", full.sheets()),
                    (System.nanoTime() - start) / 1e9, Files.size(full.file()));
        } finally {
            for (String name : new String[] {"bare.xlsx", "styled.xlsx", "full-report.xlsx", "bench.csv"}) {
                Files.deleteIfExists(dir.resolve(name));
            }
        }
    }

    /** The same cell values as the Findings sheet, no styles, no checks. Returns {millis, bytes}. */
    private static long[] bareLoop(WorkspaceReportSources sources, Path file) throws Exception {
        long start = System.nanoTime();
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SXSSFSheet[] sheet = {newBareSheet(workbook, "Findings")};
            int[] next = {1};
            sources.forEachFinding(rf -> {
                Finding f = rf.finding();
                FindingSubject s = f.subject();
                if (next[0] > ReportRequest.EXCEL_DATA_ROWS) { // continues as the report does, "Findings (2)"
                    sheet[0] = newBareSheet(workbook, "Findings (" + (workbook.getNumberOfSheets() + 1) + ")");
                    next[0] = 1;
                }
                Row row = sheet[0].createRow(next[0]++);
                row.createCell(0).setCellValue(f.severity().id());
                row.createCell(1).setCellValue(f.rule());
                row.createCell(2).setCellValue(rf.decision().status().id());
                text(row, 5, s.key());
                text(row, 6, s.protocol());
                text(row, 7, s.target());
                if (s.port() != null) {
                    row.createCell(8).setCellValue(s.port());
                }
                text(row, 9, s.layer());
                text(row, 10, s.environment());
                text(row, 11, s.owner());
                text(row, 12, f.message());
                text(row, 13, f.evidence());
                text(row, 14, s.sourceName());
                text(row, 15, s.sourceRow());
                text(row, 16, f.fingerprint());
            });
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } finally {
            workbook.close();
        }
        return new long[] {(System.nanoTime() - start) / 1_000_000, Files.size(file)};
    }

    private static SXSSFSheet newBareSheet(SXSSFWorkbook workbook, String name) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < FindingsSheet.COLUMNS.size(); c++) {
            header.createCell(c).setCellValue(FindingsSheet.COLUMNS.get(c).header());
        }
        return sheet;
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    /** The report's own Findings sheet writer, alone in a workbook. Returns {millis, bytes}. */
    private static long[] findingsSheet(WorkspaceReportSources sources, Path file) throws Exception {
        long start = System.nanoTime();
        XSSFWorkbook base = new XSSFWorkbook();
        ExcelStyles styles = new ExcelStyles(base);
        SXSSFWorkbook workbook = new SXSSFWorkbook(base, 200, false, false);
        try {
            FindingsSheet.write(workbook, styles, sources, "bench", ReportRequest.EXCEL_DATA_ROWS, new ArrayList<>());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } finally {
            workbook.close();
        }
        return new long[] {(System.nanoTime() - start) / 1_000_000, Files.size(file)};
    }

    /**
     * A workspace whose every entry is a production mailbox under example.com: one finding each. Expiry dates
     * lie years ahead, so the number of findings does not drift with the calendar (expiring-soon).
     */
    private static void build(Path db, Path dir, int size) throws Exception {
        long start = System.nanoTime();
        Path csv = dir.resolve("bench.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("layer,domain,protocol,hostname,port,encryption,username,owner,justification,created,expires,"
                    + "last_reviewed,environment,ticket\n");
            for (int i = 0; i < size; i++) {
                out.write("domain,email@sub" + i + ".example.com,imap,imap" + (i % 7) + ".contoso.com,993,ssl,"
                        + "%EMAILADDRESS%,Team " + (i % 997) + ",Customer mailbox migrated in CHG-" + (10000 + i % 50000)
                        + ",2024-03-01,2031-0" + (1 + i % 9) + "-15,2026-06-01,prod,CHG-" + i + "\n");
            }
        }
        try (Workspace ws = Workspace.open(db)) {
            new ImportService(ws).run(ImportInput.of(csv), ImportOptions.defaults().withSourceName("bench"),
                    ImportListener.NONE);
            new ScanService(ws).scan(DemoWorkspace.policy());
        }
        System.out.printf("bench: built %s with %,d entries in %.1f s%n", db, size, (System.nanoTime() - start) / 1e9);
    }
}
