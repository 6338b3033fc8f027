package org.auditbench.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditbench.model.Severity;
import org.auditbench.report.FakeSources;
import org.auditbench.report.ReportEntry;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportResult;
import org.auditbench.report.ReturnedRow;
import org.auditbench.report.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetyAndSplitTest {

    static final String[] HOSTILE = {"=HYPERLINK(\"http://evil.example/\",\"click\")", "+1+2", "-3+4",
        "@SUM(A1:A2)", "\t=1+1", "\r=cmd|' /C calc'!A0", "=WEBSERVICE(\"http://x\")"};

    @TempDir
    Path dir;

    @Test
    void hostileValuesStayTextInEverySheet() throws Exception {
        FakeSources sources = new FakeSources();
        for (int i = 0; i < HOSTILE.length; i++) {
            String value = HOSTILE[i];
            sources.addFinding(FakeSources.finding(i + 1, Severity.MEDIUM, String.format("%032d", i), value, value,
                    value));
            sources.entries.add(new ReportEntry(FakeSources.entry(i + 1, "d" + i + ".example.com", value, value,
                    LocalDate.of(2026, 1, 1), Map.of("notes", value)), value, 1, Severity.MEDIUM));
        }
        ReportResult result = ExcelReport.write(sources, ReportRequest.of("2026Q4", HOSTILE[0]),
                dir.resolve("hostile.xlsx"), null);

        int guarded = 0;
        try (XSSFWorkbook workbook = Workbooks.open(result.file())) {
            for (Sheet sheet : workbook) {
                assertThat(((XSSFSheet) sheet).getHyperlinkList()).as(sheet.getSheetName()).isEmpty();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC, CellType.BLANK);
                        if (cell.getCellType() == CellType.STRING && isHostile(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed())
                                    .as("%s!%s", sheet.getSheetName(), cell.getAddress()).isTrue();
                            guarded++;
                        }
                    }
                }
            }
            assertThat(workbook.getExternalLinksTable()).isEmpty();
        }
        assertThat(guarded).as("hostile values written").isGreaterThan(HOSTILE.length * 4);
        try (ZipFile zip = new ZipFile(result.file().toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                assertThat(name).doesNotContain("externalLink").doesNotContain("vbaProject");
                if (name.startsWith("xl/worksheets/sheet")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        assertThat(xml).as(name).doesNotContain("<f>").doesNotContain("<f ")
                                .doesNotContain("<hyperlink");
                    }
                }
            }
        }
    }

    private static boolean isHostile(String text) {
        return List.of(HOSTILE).contains(text);
    }

    @Test
    void longListingsContinueOnNumberedSheetsAndReadBackWhole() throws Exception {
        FakeSources sources = new FakeSources();
        List<String> fingerprints = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            String fp = String.format("%032x", i);
            fingerprints.add(fp);
            sources.addFinding(FakeSources.finding(i, Severity.LOW, fp, "Team " + (i % 2), "message " + i, null));
            sources.entries.add(new ReportEntry(FakeSources.entry(i, "d" + i + ".contoso.com", "Team " + (i / 4),
                    "why", LocalDate.of(2028, 1, 1), Map.of()), "fake-source", 1, Severity.LOW));
        }
        ReportResult result = ExcelReport.write(sources, ReportRequest.of("2026Q4", null).withRowsPerSheet(3),
                dir.resolve("split.xlsx"), null);

        assertThat(result.sheets()).containsSubsequence("Findings", "Findings (2)", "Findings (3)");
        assertThat(result.sheets()).contains("Entries by owner (2)", "Entries by owner (3)");
        assertThat(result.sheets()).doesNotContain("Findings (4)");
        try (XSSFWorkbook workbook = Workbooks.open(result.file())) {
            List<String> written = new ArrayList<>();
            for (String name : List.of("Findings", "Findings (2)", "Findings (3)")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(Workbooks.text(sheet, 0, 0)).isEqualTo("Severity");
                assertThat(sheet.getLastRowNum()).isBetween(1, 3);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getDataValidations()).hasSize(1);
                int fp = Workbooks.column(sheet, "Fingerprint");
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    written.add(Workbooks.text(sheet, r, fp));
                }
            }
            assertThat(written).containsExactlyElementsOf(fingerprints);
        }
        List<ReturnedRow> rows = new ArrayList<>();
        ReturnedWorkbook.read(result.file(), rows::add);
        assertThat(rows).extracting(ReturnedRow::fingerprint).containsExactlyElementsOf(fingerprints);
        assertThat(rows.get(3).sheet()).isEqualTo("Findings (2)");
        assertThat(rows.get(3).row()).isEqualTo(2);
        assertThat(rows).allMatch(r -> r.status().equals("open"));
    }
}
