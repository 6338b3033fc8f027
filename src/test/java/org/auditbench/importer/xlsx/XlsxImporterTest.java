package org.auditbench.importer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditbench.importer.ImportHarness;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.ImportOptions;
import org.auditbench.importer.ImportResult;
import org.auditbench.importer.SourceSelection;
import org.auditbench.model.Entry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks as owning teams hand them over: title rows, merged headers, dates, formulas, several sheets. */
class XlsxImporterTest {

    @TempDir
    Path temp;
    ImportHarness harness;

    @BeforeEach
    void open() throws Exception {
        harness = new ImportHarness(temp);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    /**
     * Sheet "Read me" (prose), then sheet "Config": a title row, a blank row, the header on row 3 with a
     * header cell merged over two columns ("Server" over host and port), an empty header cell, then data
     * with a date-formatted expiry, a text date, a formula and an owner merged down two rows.
     */
    private Path workbook() throws Exception {
        Path file = temp.resolve("config.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Read me").createRow(0).createCell(0).setCellValue("Quarterly export; see sheet Config");
            XSSFSheet s = wb.createSheet("Config");
            s.createRow(0).createCell(0).setCellValue("Contoso autodiscover table, exported 2026-11-30");
            Row h = s.createRow(2);
            String[] header = {"Domain", "Protocol", "Server", null, "Owner", "Expires", null, "Created"};
            for (int i = 0; i < header.length; i++) {
                if (header[i] != null) {
                    h.createCell(i).setCellValue(header[i]);
                }
            }
            s.addMergedRegion(new CellRangeAddress(2, 2, 2, 3));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            Row r1 = s.createRow(3);
            r1.createCell(0).setCellValue("contoso.com");
            r1.createCell(1).setCellValue("imap");
            r1.createCell(2).setCellValue("imap.contoso.com");
            r1.createCell(3).setCellValue(993);
            r1.createCell(4).setCellValue("Mail Team");
            r1.createCell(5).setCellValue(LocalDate.of(2027, 6, 30));
            r1.getCell(5).setCellStyle(date);
            r1.createCell(6).setCellValue("note one");
            r1.createCell(7).setCellFormula("DATE(2025,1,15)");
            r1.getCell(7).setCellStyle(date);
            Row r2 = s.createRow(4);
            r2.createCell(0).setCellValue("fabrikam.com");
            r2.createCell(1).setCellValue("smtp");
            r2.createCell(2).setCellFormula("\"smtp.\"&A5");
            r2.createCell(3).setCellFormula("400+65");
            r2.createCell(5).setCellValue("31/12/2026");
            s.addMergedRegion(new CellRangeAddress(3, 4, 4, 4));
            s.createRow(6); // a blank row is skipped
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cached values, as Excel saves them
            wb.write(out);
        }
        return file;
    }

    @Test
    void namedSheetHeaderRowMergedCellsDatesAndCachedFormulaValues() throws Exception {
        Path file = workbook();
        assertThat(XlsxImporter.sheets(ImportInput.of(file))).containsExactly("Read me", "Config");
        ImportResult result = harness.run(file, ImportOptions.defaults().withSelection(
                new SourceSelection("Config", null, null, null)));
        assertThat(result.format()).isEqualTo("xlsx");
        assertThat(result.rejected()).isZero();
        List<Entry> entries = harness.entries();
        assertThat(entries).hasSize(2);
        Entry first = entries.get(0);
        assertThat(first.sourceRow()).isEqualTo("sheet 'Config' row 4");
        assertThat(first.target()).isEqualTo("imap.contoso.com");
        assertThat(first.port()).isNull(); // the merged header's second column is "Server (2)", not a port
        assertThat(first.extra()).containsEntry("Server (2)", "993").containsEntry("column G", "note one");
        assertThat(first.expires()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(first.created()).isEqualTo(LocalDate.of(2025, 1, 15));
        Entry second = entries.get(1);
        assertThat(second.target()).isEqualTo("smtp.fabrikam.com");
        assertThat(second.extra()).containsEntry("Server (2)", "465");
        assertThat(second.owner()).isEqualTo("Mail Team"); // merged down from the row above
        assertThat(second.expires()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void theFirstSheetWithoutAHeaderRowIsAnErrorNamingTheSheet() throws Exception {
        harness.assertFailsWritingNothing(workbook(), ImportOptions.defaults(), "config.xlsx", "sheet 'Read me'",
                "has no header row");
    }

    @Test
    void anUnknownSheetIsAnErrorListingTheSheets() throws Exception {
        harness.assertFailsWritingNothing(workbook(), ImportOptions.defaults().withSelection(
                new SourceSelection("Q4", null, null, null)), "no sheet 'Q4'", "'Read me', 'Config'");
    }

    @Test
    void dataWithoutAnyHeader() throws Exception {
        Path file = temp.resolve("noheader.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row r = wb.createSheet("Sheet1").createRow(0);
            r.createCell(0).setCellValue("contoso.com");
            r.createCell(1).setCellValue("imap.contoso.com");
            r.createCell(2).setCellValue(993);
            wb.write(out);
        }
        harness.assertFailsWritingNothing(file, ImportOptions.defaults(), "noheader.xlsx", "sheet 'Sheet1'",
                "has no header row", "from row 1");
    }

    @Test
    void aZipBombIsRefusedByPoisLimits() throws Exception {
        Path plain = workbook();
        Path bomb = temp.resolve("bomb.xlsx");
        try (ZipFile zip = new ZipFile(plain.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (Enumeration<? extends ZipEntry> it = zip.entries(); it.hasMoreElements(); ) {
                ZipEntry entry = it.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] padding = new byte[1 << 20];
                    java.util.Arrays.fill(padding, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        out.write(padding); // 200 MB of nothing, a few hundred KB compressed
                    }
                    out.write(xml.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        harness.assertFailsWritingNothing(bomb, ImportOptions.defaults().withSelection(
                new SourceSelection("Config", null, null, null)), "bomb.xlsx", "zip bomb");
    }

    @Test
    void garbageWithAnXlsxNameIsNotAWorkbook() throws Exception {
        Path file = temp.resolve("garbage.xlsx");
        byte[] bytes = new byte[2048];
        new java.util.Random(3).nextBytes(bytes);
        Files.write(file, bytes);
        harness.assertFailsWritingNothing(file, ImportOptions.defaults(), "garbage.xlsx", "not an Excel workbook");
    }
}
