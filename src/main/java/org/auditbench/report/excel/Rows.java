package org.auditbench.report.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** Appends rows to a free-form sheet (Summary, Sign-off, Method): label/value pairs, sections, notes. */
final class Rows {

    private final SXSSFSheet sheet;
    private final ExcelStyles styles;
    private int next;

    Rows(SXSSFSheet sheet, ExcelStyles styles, int first) {
        this.sheet = sheet;
        this.styles = styles;
        this.next = first;
    }

    SXSSFRow row() {
        return sheet.createRow(next++);
    }

    int nextIndex() {
        return next;
    }

    void skip() {
        next++;
    }

    /** A bold section title across the sheet. */
    void section(String title) {
        if (next > 1) {
            next++;
        }
        SXSSFRow r = row();
        r.setHeightInPoints(20);
        Cells.fixed(r, 0, title, styles.section);
    }

    /** Header cells for a small table. */
    void tableHeader(String... headers) {
        SXSSFRow r = row();
        r.setHeightInPoints(30);
        for (int c = 0; c < headers.length; c++) {
            Cells.fixed(r, c, headers[c], styles.header);
        }
    }

    SXSSFRow label(String label) {
        SXSSFRow r = row();
        Cells.fixed(r, 0, label, styles.label);
        return r;
    }

    void text(String label, String value) {
        Cells.own(label(label), 1, value, styles.text);
    }

    /** A label with a value that came from a source or a person (redacted like all data). */
    void data(String label, String value) {
        Cells.data(label(label), 1, value, styles.text);
    }

    void mono(String label, String value) {
        Cells.own(label(label), 1, value, styles.mono);
    }

    void number(String label, Number value, CellStyle style) {
        Cells.number(label(label), 1, value, style);
    }

    void note(String text) {
        Cells.own(row(), 0, text, styles.note);
    }
}
