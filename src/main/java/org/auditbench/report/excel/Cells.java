package org.auditbench.report.excel;

import org.auditbench.names.Redactor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.auditbench.report.CellSafety;

/**
 * The only way the report puts values into cells. Text always becomes a text cell (never a formula,
 * hyperlink or reference); data from the workspace is redacted first; text a spreadsheet could take for
 * a formula gets the quote-prefixed style so it stays text even when edited.
 */
final class Cells {

    private Cells() {
    }

    /** A value that came from a configuration source or a person: redacted, cleaned, guarded. */
    static void data(Row row, int column, String value, ExcelStyles.Text style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        own(row, column, Redactor.redact(value), style);
    }

    /** Text the report itself composes (labels, ids, hashes): cleaned and guarded, not redacted. */
    static void own(Row row, int column, String value, ExcelStyles.Text style) {
        if (value == null) {
            return;
        }
        String text = CellSafety.cellText(value);
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style.pick(CellSafety.formulaLike(text)));
    }

    /** Fixed text in a fixed style (severity names, status ids, headers): known to be safe. */
    static void fixed(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** An empty cell that only carries a style (a band's fill or border). */
    static void blank(Row row, int column, CellStyle style) {
        row.createCell(column).setCellStyle(style);
    }

    static void number(Row row, int column, Number value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** A real Excel date (a serial number with a date format), so it sorts and filters as a date. */
    static void date(Row row, int column, LocalDate value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A moment shown in UTC (the report says so in its header). */
    static void dateTime(Row row, int column, Instant value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        cell.setCellStyle(style);
    }

    /** A moment as text, to the second, e.g. {@code 2026-11-28 23:16:26}. */
    static String utc(Instant value) {
        return value == null ? "" : java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
                .format(value.atOffset(ZoneOffset.UTC));
    }

    /** Page header/footer text: {@code &} starts a control code there, so it is doubled. */
    static String headerText(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }
}
