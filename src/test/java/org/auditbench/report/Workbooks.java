package org.auditbench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading reports back in tests, the way a reviewer's spreadsheet would. */
public final class Workbooks {

    private static final DataFormatter FORMAT = new DataFormatter();

    private Workbooks() {
    }

    public static XSSFWorkbook open(Path file) throws IOException {
        try {
            return new XSSFWorkbook(file.toFile());
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** Every cell's text in the workbook, one string per cell. */
    public static List<String> allText(XSSFWorkbook workbook) {
        List<String> out = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    out.add(FORMAT.formatCellValue(cell));
                }
            }
        }
        return out;
    }

    public static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        if (r == null || r.getCell(column) == null) {
            return "";
        }
        return FORMAT.formatCellValue(r.getCell(column));
    }

    /** The column index of a header in row 1. */
    public static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column '" + header + "' in sheet " + sheet.getSheetName());
    }
}
