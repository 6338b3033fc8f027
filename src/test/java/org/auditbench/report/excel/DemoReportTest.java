package org.auditbench.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.model.Severity;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportResult;
import org.auditbench.report.SeverityPalette;
import org.auditbench.report.SnapshotChanges;
import org.auditbench.report.TriageBackedView;
import org.auditbench.report.UntriagedView;
import org.auditbench.report.Workbooks;
import org.auditbench.report.WorkspaceReportSources;
import org.auditbench.rules.catalog.RuleCatalog;
import org.auditbench.workspace.FindingQuery;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of the demo workspace, read back sheet by sheet with POI. */
class DemoReportTest {

    static final Instant GENERATED = Instant.parse("2027-01-05T09:30:00Z");

    @TempDir
    static Path dir;
    static ReportResult result;
    static XSSFWorkbook workbook;
    static long findingCount;
    static String snapshotSha256;
    static String policySha256;

    @BeforeAll
    static void writeReport() throws Exception {
        Path db = dir.resolve("demo.db");
        DemoWorkspace.build(db);
        try (Workspace ws = Workspace.open(db)) {
            long scan = ws.scans().latest().orElseThrow().id();
            long[] n = {0};
            ws.findings().<RuntimeException>forEach(scan, FindingQuery.ALL, f -> n[0]++);
            findingCount = n[0];
            snapshotSha256 = ws.snapshots().latestPerSource().get(0).sha256();
            policySha256 = ws.scans().latest().orElseThrow().policyHash();
            ReportRequest request = ReportRequest.of(null, "A. Auditor").withClock(Clock.fixed(GENERATED, ZoneOffset.UTC));
            result = ExcelReport.write(WorkspaceReportSources.open(ws, request, new TriageBackedView(ws),
                    new SnapshotChanges(ws)), request, dir.resolve("report.xlsx"), null);
        }
        workbook = Workbooks.open(result.file());
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    @Test
    void hasTheEightSheetsInOrderEachWithFrozenHeaderAndPrintSetUp() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Summary", "Findings", "Entries by owner", "Expiry", "Changes", "Waivers",
                "Sign-off", "Method");
        assertThat(result.sheets()).isEqualTo(names);
        for (Sheet sheet : workbook) {
            assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            // the summary is one page tall; listings run on as long as they are
            assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName())
                    .isEqualTo(sheet.getSheetName().equals("Summary") ? (short) 1 : (short) 0);
        }
        for (String listing : List.of("Findings", "Entries by owner", "Expiry", "Changes", "Waivers", "Method")) {
            XSSFSheet sheet = workbook.getSheet(listing);
            assertThat(sheet.getRepeatingRows().formatAsString()).as(listing).isEqualTo("1:1");
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(listing).isTrue();
            assertThat(sheet.getColumnWidth(1)).as(listing).isGreaterThan(8 * 256);
        }
        assertThat(workbook.getProperties().getCustomProperties().getProperty(ExcelReport.PROPERTY_PERIOD).getLpwstr())
                .isEqualTo("2026Q4");
    }

    @Test
    void findingsCarryStatusDropDownCommentFingerprintAndPaletteColours() {
        XSSFSheet sheet = workbook.getSheet("Findings");
        assertThat(sheet.getLastRowNum()).isEqualTo(findingCount);
        assertThat(result.findings()).isEqualTo(findingCount);
        int status = Workbooks.column(sheet, "Status");
        Workbooks.column(sheet, "Comment");
        int fingerprint = Workbooks.column(sheet, "Fingerprint");
        List<XSSFDataValidation> validations = sheet.getDataValidations();
        assertThat(validations).hasSize(1);
        assertThat(validations.get(0).getValidationConstraint().getExplicitListValues())
                .containsExactly("open", "remediate", "accepted-risk", "false-positive");
        assertThat(validations.get(0).getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(status);
        assertThat(validations.get(0).getRegions().getCellRangeAddress(0).getLastRow()).isEqualTo((int) findingCount);
        for (int r = 1; r <= findingCount; r++) {
            Row row = sheet.getRow(r);
            Severity severity = Severity.parse(row.getCell(0).getStringCellValue());
            XSSFCellStyle style = (XSSFCellStyle) row.getCell(0).getCellStyle();
            assertThat(style.getFillForegroundXSSFColor().getARGBHex()).endsWith(SeverityPalette.fillHex(severity));
            assertThat(row.getCell(status).getStringCellValue()).isEqualTo("open");
            assertThat(row.getCell(fingerprint).getStringCellValue()).hasSize(32);
        }
        assertThat(Workbooks.text(sheet, 1, 0)).isEqualTo("critical");
        assertThat(Workbooks.text(sheet, 1, Workbooks.column(sheet, "Domain / address"))).isEqualTo("email@example.com");
    }

    @Test
    void entriesAreGroupedPerOwnerWithSubtotalsRealDatesAndConditionalFormats() {
        XSSFSheet sheet = workbook.getSheet("Entries by owner");
        int expires = Workbooks.column(sheet, "Expires");
        int details = 0;
        int subtotals = 0;
        int dates = 0;
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            String first = Workbooks.text(sheet, row.getRowNum(), 0);
            if (first.startsWith("Subtotal: ")) {
                subtotals++;
                assertThat(row.getOutlineLevel()).isZero();
            } else if (!first.equals("Total")) {
                details++;
                assertThat(row.getOutlineLevel()).as("row %d", row.getRowNum()).isEqualTo(1);
                Cell cell = row.getCell(expires);
                if (cell != null) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
                    dates++;
                }
            }
        }
        assertThat(details).isEqualTo(366);
        assertThat(subtotals).isGreaterThan(10);
        assertThat(dates).isGreaterThan(300);
        assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(2);
        assertThat(sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0).getRule(0).getFormula1())
                .contains("DATE(2026,12,31)");
    }

    @Test
    void expiryListsExpiredSoonAndMissing() {
        XSSFSheet sheet = workbook.getSheet("Expiry");
        List<String> statuses = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            statuses.add(Workbooks.text(sheet, r, 0));
        }
        assertThat(statuses).filteredOn("Expired"::equals).hasSize(4);
        assertThat(statuses).filteredOn("Expires within 90 days"::equals).hasSize(3);
        assertThat(statuses).filteredOn("No expiry"::equals).hasSizeGreaterThanOrEqualTo(4);
        assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
    }

    @Test
    void changesMatchTheDemoQuarters() {
        XSSFSheet sheet = workbook.getSheet("Changes");
        List<String> kinds = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            kinds.add(Workbooks.text(sheet, r, 0));
        }
        assertThat(kinds).filteredOn("Added"::equals).hasSize(8);
        assertThat(kinds).filteredOn("Removed"::equals).hasSize(3);
        assertThat(kinds).filteredOn("Changed"::equals).hasSize(4);
        assertThat(Workbooks.allText(workbook)).contains(
                "target: smtp-eu.contoso-mail.com → smtp.relay.lucernepublishing.com");
    }

    @Test
    void waiversSignOffAndMethodSayWhatThereIs() {
        assertThat(Workbooks.text(workbook.getSheet("Waivers"), 1, 0)).startsWith("No waivers recorded");
        List<String> signoff = new ArrayList<>();
        workbook.getSheet("Sign-off").forEach(r -> r.forEach(c -> signoff.add(c.toString())));
        assertThat(signoff).contains("Not signed off yet", "A. Auditor", result.findingsSha256(),
                UntriagedView.EMPTY_SHA256, "Signature", "Reviewer name");
        XSSFSheet sheet = workbook.getSheet("Method");
        List<String> ruleIds = new ArrayList<>();
        for (int r = 1; r <= RuleCatalog.all().size(); r++) {
            ruleIds.add(Workbooks.text(sheet, r, 0));
        }
        assertThat(ruleIds).containsExactlyElementsOf(RuleCatalog.all().stream().map(x -> x.id()).toList());
        assertThat(Workbooks.text(sheet, 1, 4)).isEqualTo(RuleCatalog.all().get(0).metadata().rationale());
        List<String> text = new ArrayList<>();
        sheet.forEach(r -> r.forEach(c -> text.add(c.toString())));
        assertThat(text).contains("organization: Contoso Mail", policySha256);
    }

    @Test
    void summaryStatesSourcesHashesCountsAndHasTheSeverityChart() {
        XSSFSheet sheet = workbook.getSheet("Summary");
        List<String> text = new ArrayList<>();
        sheet.forEach(r -> r.forEach(c -> text.add(Workbooks.text(sheet, r.getRowNum(), c.getColumnIndex()))));
        assertThat(text).contains("2026Q4", "Contoso Mail", "2026-12-31", snapshotSha256, policySha256,
                "special-use-domains", "public-suffix-list", "Findings by severity and status", "Findings by rule",
                "reserved-to-external");
        assertThat(text).anyMatch(t -> t.startsWith("Findings by owner"));
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Findings by severity");
        assertThat(charts.get(0).getChartSeries().get(0).getSeries(0).getValuesData().getPointCount()).isEqualTo(5);
    }

    @Test
    void secretsAreRedactedInEverySheet() {
        List<String> all = Workbooks.allText(workbook);
        assertThat(all).noneMatch(t -> t.contains("Winter2024") || t.contains("P4ssw0rd"));
        assertThat(all).anyMatch(t -> t.contains("password=[redacted]"));
    }

    @Test
    void noCellIsAFormulaHyperlinkOrExternalReference() {
        for (Sheet sheet : workbook) {
            assertThat(((XSSFSheet) sheet).getHyperlinkList()).isEmpty();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
        assertThat(workbook.getExternalLinksTable()).isEmpty();
    }
}
