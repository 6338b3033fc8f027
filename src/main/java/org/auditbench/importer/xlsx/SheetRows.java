package org.auditbench.importer.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.xml.SafeXml;

/**
 * Streams the rows of one worksheet's XML ({@code xl/worksheets/sheetN.xml}) as text cells: shared and
 * inline strings, numbers as Excel shows them without formatting ({@code 993}, not {@code 993.0}),
 * date-formatted numbers as ISO dates, booleans, and formulas as their cached results. Merged ranges
 * ({@code <mergeCells>}) come at the end of the XML and are collected when the stream reaches them.
 */
final class SheetRows implements AutoCloseable {

    /** One row: its 1-based number and its cells by 0-based column (nulls for empty cells). */
    record Row(int number, String[] cells) {
        boolean isBlank() {
            for (String c : cells) {
                if (c != null && !c.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final String name;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final List<String> merged = new ArrayList<>();
    private int lastRow;

    SheetRows(String name, InputStream in, SharedStrings strings, StylesTable styles, boolean date1904)
            throws ImportException {
        this.name = name;
        this.in = in;
        this.xml = SafeXml.open(name, in);
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** Merged ranges such as {@code A1:C1}; complete only once {@link #next()} has returned null. */
    List<String> merged() {
        return merged;
    }

    /** The next row (blank ones included), or null at the end of the sheet. */
    Row next() throws ImportException {
        while (true) {
            int event = SafeXml.next(name, xml);
            if (event == XMLStreamConstants.END_DOCUMENT) {
                return null;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = xml.getLocalName();
            if (element.equals("row")) {
                return row();
            }
            if (element.equals("mergeCell")) {
                String ref = xml.getAttributeValue(null, "ref");
                if (ref != null) {
                    merged.add(ref);
                }
            }
        }
    }

    private Row row() throws ImportException {
        String r = xml.getAttributeValue(null, "r");
        int number = r == null ? lastRow + 1 : Integer.parseInt(r);
        lastRow = number;
        List<String> cells = new ArrayList<>();
        int nextColumn = 0;
        while (true) {
            int event = SafeXml.next(name, xml);
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new ImportException(name + ": row " + number + ": the sheet ends inside a row (the file is truncated)");
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? nextColumn : new CellReference(ref).getCol();
                String value = cell(number);
                while (cells.size() <= column) {
                    cells.add(null);
                }
                cells.set(column, value);
                nextColumn = column + 1;
            }
        }
        return new Row(number, cells.toArray(String[]::new));
    }

    /** Reads one {@code <c>} element to its end and returns its text. */
    private String cell(int row) throws ImportException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = null;
        StringBuilder inline = null;
        int depth = 1;
        while (depth > 0) {
            int event = SafeXml.next(name, xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String element = xml.getLocalName();
                if (element.equals("v")) {
                    value = SafeXml.text(name, xml);
                    depth--;
                } else if (element.equals("t")) {
                    if (inline == null) {
                        inline = new StringBuilder();
                    }
                    inline.append(SafeXml.text(name, xml));
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new ImportException(name + ": row " + row + ": the sheet ends inside a cell (the file is truncated)");
            }
        }
        if (type == null || type.equals("n")) {
            return value == null ? null : number(value, style, row);
        }
        return switch (type) {
            case "s" -> value == null ? null : sharedString(value, row);
            case "inlineStr" -> inline == null ? null : inline.toString();
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            default -> value; // "str" (a formula's cached text), "e" (#N/A ...), "d" (ISO date text)
        };
    }

    private String sharedString(String index, int row) throws ImportException {
        try {
            return strings.getItemAt(Integer.parseInt(index)).getString();
        } catch (RuntimeException e) {
            throw new ImportException(name + ": row " + row + ": shared string " + index + " is missing from the workbook");
        }
    }

    /** A number as Excel would show it unformatted, or an ISO date when its cell format is a date format. */
    private String number(String raw, String style, int row) throws ImportException {
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new ImportException(name + ": row " + row + ": '" + raw + "' is not a number although the cell says so");
        }
        if (style != null && styles != null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
            if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                    && DateUtil.isValidExcelDate(value)) {
                LocalDateTime when = DateUtil.getLocalDateTime(value, date1904);
                return when.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? when.toLocalDate().toString()
                        : when.toString();
            }
        }
        return NumberToTextConverter.toText(value);
    }

    @Override
    public void close() {
        SafeXml.close(xml);
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was written; the package is closed by its owner
        }
    }
}
