package org.auditbench.importer.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.auditbench.importer.CanonicalField;
import org.auditbench.importer.ColumnNames;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.RecordReader;
import org.auditbench.importer.SourceDigest;
import org.auditbench.importer.SourceRecord;

/**
 * Reads one worksheet in two streaming passes: the first finds the header row among the first
 * {@value #HEADER_SCAN} non-blank rows (the first that names a known column such as domain, email or
 * host) and collects the merged ranges (they are stored after the cells); the second delivers the rows
 * below the header. A merged cell's value applies to every cell of its range.
 */
final class XlsxRecordReader implements RecordReader {

    static final int HEADER_SCAN = 30;

    private final Workbook workbook;
    private final SheetRows rows;
    private final String sheetName;
    private final int headerRow;
    private final List<String> columns;
    private final List<CellRangeAddress> merged;
    private final Map<CellRangeAddress, String> mergedValues = new HashMap<>();
    private final String sha256;

    private XlsxRecordReader(Workbook workbook, SheetRows rows, String sheetName, int headerRow, List<String> columns,
                             List<CellRangeAddress> merged, String sha256) {
        this.workbook = workbook;
        this.rows = rows;
        this.sheetName = sheetName;
        this.headerRow = headerRow;
        this.columns = columns;
        this.merged = merged;
        this.sha256 = sha256;
    }

    static XlsxRecordReader open(ImportInput input, String wantedSheet) throws ImportException {
        String sha256 = SourceDigest.of(input);
        Workbook workbook = Workbook.open(input);
        try {
            List<SheetRows.Row> scanned = new ArrayList<>();
            List<CellRangeAddress> merged = new ArrayList<>();
            String sheetName;
            Workbook.Sheet first = workbook.sheet(wantedSheet);
            sheetName = first.name();
            String where = input.name() + ": sheet '" + sheetName + "'";
            try (SheetRows pass = new SheetRows(where, first.xml(), workbook.strings, workbook.styles, workbook.date1904)) {
                for (SheetRows.Row row; (row = pass.next()) != null; ) {
                    if (scanned.size() < HEADER_SCAN && !row.isBlank()) {
                        scanned.add(row);
                    }
                }
                for (String ref : pass.merged()) {
                    merged.add(CellRangeAddress.valueOf(ref));
                }
            }
            if (scanned.isEmpty()) {
                throw new ImportException(where + " is empty");
            }
            SheetRows.Row header = header(where, scanned, merged);
            List<String> columns = columnNames(header, merged);
            SheetRows rows = new SheetRows(where, workbook.sheet(sheetName).xml(), workbook.strings, workbook.styles,
                    workbook.date1904);
            return new XlsxRecordReader(workbook, rows, sheetName, header.number(), columns, merged, sha256);
        } catch (ImportException e) {
            workbook.close();
            throw e;
        } catch (RuntimeException e) {
            workbook.close();
            throw Workbook.failure(input.name(), e);
        }
    }

    /** The first scanned row that names at least one known column and has two or more filled cells. */
    private static SheetRows.Row header(String where, List<SheetRows.Row> scanned, List<CellRangeAddress> merged)
            throws ImportException {
        for (SheetRows.Row row : scanned) {
            String[] cells = fillHeader(row, merged);
            int filled = 0;
            boolean known = false;
            for (String c : cells) {
                if (c != null && !c.isBlank()) {
                    filled++;
                    for (CanonicalField field : CanonicalField.values()) {
                        known |= field.recognises(c);
                    }
                }
            }
            if (known && filled >= 2) {
                return row;
            }
        }
        throw new ImportException(where + " has no header row: none of its first " + scanned.size()
                + " non-blank rows (from row " + scanned.get(0).number() + ") names a column such as domain, email,"
                + " host or server; add a header row naming the columns");
    }

    /** Header cells, with a merged header cell's text on every column it spans. */
    private static String[] fillHeader(SheetRows.Row row, List<CellRangeAddress> merged) {
        String[] cells = row.cells().clone();
        for (CellRangeAddress range : merged) {
            if (range.getFirstRow() <= row.number() - 1 && range.getLastRow() >= row.number() - 1) {
                String value = range.getFirstRow() == row.number() - 1 && range.getFirstColumn() < cells.length
                        ? cells[range.getFirstColumn()] : null;
                if (value == null) {
                    continue; // the text sits in a row above; the header cell stays as it is
                }
                if (range.getLastColumn() >= cells.length) {
                    cells = java.util.Arrays.copyOf(cells, range.getLastColumn() + 1);
                }
                for (int c = range.getFirstColumn() + 1; c <= range.getLastColumn(); c++) {
                    cells[c] = value;
                }
            }
        }
        return cells;
    }

    private static List<String> columnNames(SheetRows.Row header, List<CellRangeAddress> merged) {
        String[] cells = fillHeader(header, merged);
        int width = cells.length;
        while (width > 0 && (cells[width - 1] == null || cells[width - 1].isBlank())) {
            width--;
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String cell = cells[c];
            names.add(cell == null || cell.isBlank() ? "column " + CellReference.convertNumToColString(c) : cell.strip());
        }
        return ColumnNames.unique(names);
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public SourceRecord next() throws ImportException {
        for (SheetRows.Row row; (row = rows.next()) != null; ) {
            if (row.number() <= headerRow) {
                continue;
            }
            String[] cells = fillMerged(row);
            int width = cells.length;
            while (width > columns.size() && (cells[width - 1] == null || cells[width - 1].isBlank())) {
                width--;
            }
            String[] values = java.util.Arrays.copyOf(cells, Math.max(width, columns.size()));
            boolean blank = true;
            for (String v : values) {
                blank &= v == null || v.isBlank();
            }
            if (!blank) {
                return new SourceRecord("sheet '" + sheetName + "' row " + row.number(), values);
            }
        }
        return null;
    }

    /** Cells of a data row, with each merged range's top-left value copied to the rest of the range. */
    private String[] fillMerged(SheetRows.Row row) {
        String[] cells = row.cells();
        int r = row.number() - 1;
        for (CellRangeAddress range : merged) {
            if (range.getFirstRow() > r || range.getLastRow() < r) {
                continue;
            }
            if (range.getFirstRow() == r) {
                String value = range.getFirstColumn() < cells.length ? cells[range.getFirstColumn()] : null;
                mergedValues.put(range, value);
            }
            String value = mergedValues.get(range);
            if (value == null) {
                continue;
            }
            if (range.getLastColumn() >= cells.length) {
                cells = java.util.Arrays.copyOf(cells, range.getLastColumn() + 1);
            }
            for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                cells[c] = value;
            }
        }
        return cells;
    }

    @Override
    public String rawText(SourceRecord record) {
        StringBuilder out = new StringBuilder();
        for (String v : record.values()) {
            out.append(out.length() == 0 ? "" : "\t").append(v == null ? "" : v);
        }
        return out.toString();
    }

    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        rows.close();
        workbook.close();
    }
}
