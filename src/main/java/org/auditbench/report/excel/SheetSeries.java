package org.auditbench.report.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A listing written as one or more sheets: "Findings", then "Findings (2)" once a sheet holds its
 * limit of data rows. Every part gets the same header row, column widths, frozen header, autofilter
 * and print set-up (landscape, fit to one page wide, header row repeated on every page).
 */
final class SheetSeries {

    /** One column: its header, its width in characters, and whether reviewers fill it in. */
    record Column(String header, int width, boolean editable) {
        static Column of(String header, int width) {
            return new Column(header, width, false);
        }

        static Column editable(String header, int width) {
            return new Column(header, width, true);
        }
    }

    /** Work done on each finished part, knowing its last row (validations, conditional formats). */
    @FunctionalInterface
    interface PartFinisher {
        void finish(SXSSFSheet sheet, int lastRow);
    }

    private final SXSSFWorkbook workbook;
    private final ExcelStyles styles;
    private final String name;
    private final String pageHeader;
    private final List<Column> columns;
    private final int rowsPerSheet;
    private final List<SXSSFSheet> parts = new ArrayList<>();
    private final List<Integer> lastRows = new ArrayList<>();
    private SXSSFSheet current;
    private int nextRow;
    private long rows;

    SheetSeries(SXSSFWorkbook workbook, ExcelStyles styles, String name, String pageHeader, List<Column> columns,
            int rowsPerSheet) {
        this.workbook = workbook;
        this.styles = styles;
        this.name = name;
        this.pageHeader = pageHeader;
        this.columns = List.copyOf(columns);
        this.rowsPerSheet = rowsPerSheet;
        startPart();
    }

    /** The sheet the next row goes to, starting a new part when the current one is full. */
    SXSSFRow next() {
        if (nextRow > rowsPerSheet) {
            lastRows.add(nextRow - 1);
            startPart();
        }
        rows++;
        return current.createRow(nextRow++);
    }

    SXSSFSheet currentSheet() {
        return current;
    }

    /** Data rows written so far (notes and subtotals included). */
    long rows() {
        return rows;
    }

    /** One italic line in the first column, e.g. "No waivers recorded." */
    void note(String text) {
        SXSSFRow row = next();
        Cells.own(row, 0, text, styles.note);
    }

    List<String> sheetNames() {
        return parts.stream().map(Sheet::getSheetName).toList();
    }

    /** Sets each part's autofilter over its rows and lets {@code finisher} add what needs the last row. */
    void finish(PartFinisher finisher) {
        lastRows.add(nextRow - 1);
        for (int i = 0; i < parts.size(); i++) {
            SXSSFSheet sheet = parts.get(i);
            int last = lastRows.get(i);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(last, 0), 0, columns.size() - 1));
            if (finisher != null) {
                finisher.finish(sheet, last);
            }
        }
    }

    private void startPart() {
        String sheetName = parts.isEmpty() ? name : name + " (" + (parts.size() + 1) + ")";
        current = workbook.createSheet(sheetName);
        parts.add(current);
        nextRow = 1;
        SXSSFRow header = current.createRow(0);
        header.setHeightInPoints(30);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Cells.fixed(header, c, column.header(), column.editable() ? styles.editableHeader : styles.header);
            current.setColumnWidth(c, Math.min(255, column.width()) * 256);
        }
        layOut(current, pageHeader, true);
    }

    /** Frozen header row and print set-up shared by every sheet of the report. */
    static void layOut(Sheet sheet, String pageHeader, boolean repeatHeaderRow) {
        sheet.createFreezePane(0, 1);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        if (repeatHeaderRow) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
        sheet.getHeader().setLeft(Cells.headerText(pageHeader));
        sheet.getFooter().setLeft("&A");
        sheet.getFooter().setRight("Page &P of &N");
    }
}
