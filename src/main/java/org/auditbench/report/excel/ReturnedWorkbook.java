package org.auditbench.report.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReturnedRow;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a report that reviewers filled in and sent back: the Status, Comment and Waiver until columns
 * of every Findings sheet, keyed by Fingerprint. Streams the sheets (SAX), so a workbook of a million
 * rows reads in little memory; POI's zip-bomb guard applies. Columns are found by their header text,
 * so reordered columns still read correctly.
 */
public final class ReturnedWorkbook {

    private static final Pattern FINDINGS_SHEET = Pattern.compile(Pattern.quote(FindingsSheet.NAME) + "( \\(\\d+\\))?");

    /** Receives each finding row. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(ReturnedRow row) throws ReportException;
    }

    private ReturnedWorkbook() {
    }

    /** The review period the workbook was written for (a document property the report sets). */
    public static String period(Path file) throws ReportException {
        try (OPCPackage pkg = open(file)) {
            CTProperty property = new POIXMLProperties(pkg).getCustomProperties().getProperty(ExcelReport.PROPERTY_PERIOD);
            if (property == null || property.getLpwstr() == null) {
                throw new ReportException(file + " is not an Auditbench report (it has no '"
                        + ExcelReport.PROPERTY_PERIOD + "' document property)");
            }
            return property.getLpwstr();
        } catch (IOException | OpenXML4JException | POIXMLException | org.apache.xmlbeans.XmlException e) {
            throw new ReportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Calls {@code consumer} for every data row of every Findings sheet, in sheet and row order. */
    public static void read(Path file, RowConsumer consumer) throws ReportException {
        try (OPCPackage pkg = open(file)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            int found = 0;
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (!FINDINGS_SHEET.matcher(name).matches()) {
                        continue;
                    }
                    found++;
                    SheetRows rows = new SheetRows(file, name, consumer);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows,
                            new IsoDates(), false));
                    parser.parse(new InputSource(in));
                    rows.checkHeader();
                } catch (Unchecked e) {
                    throw e.getCause();
                }
            }
            if (found == 0) {
                throw new ReportException(file + " has no '" + FindingsSheet.NAME + "' sheet to read decisions from");
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | POIXMLException e) {
            throw new ReportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static OPCPackage open(Path file) throws ReportException, OpenXML4JException {
        if (!Files.isRegularFile(file)) {
            throw new ReportException("cannot read " + file + ": no such file");
        }
        return OPCPackage.open(file.toFile(), PackageAccess.READ);
    }

    /** Formats date cells as ISO dates whatever format the reviewer's spreadsheet gave them. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime moment = DateUtil.getLocalDateTime(value, use1904);
                return moment.toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** Collects one row's cells by header and hands the row over when it ends. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Path file;
        private final String sheet;
        private final RowConsumer consumer;
        private final Map<String, Integer> columns = new HashMap<>();
        private final Map<Integer, String> cells = new HashMap<>();
        private int row;
        private boolean headerSeen;

        SheetRows(Path file, String sheet, RowConsumer consumer) {
            this.file = file;
            this.sheet = sheet;
            this.consumer = consumer;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            cells.put(column, formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (!headerSeen) {
                headerSeen = true;
                cells.forEach((column, text) -> columns.put(text.strip(), column));
                try {
                    checkHeader();
                } catch (ReportException e) {
                    throw new Unchecked(e);
                }
                return;
            }
            try {
                consumer.accept(new ReturnedRow(sheet, rowNum + 1, value(FindingsSheet.FINGERPRINT),
                        value(FindingsSheet.STATUS), value(FindingsSheet.COMMENT), value(FindingsSheet.WAIVER_UNTIL)));
            } catch (ReportException e) {
                throw new Unchecked(e);
            }
        }

        private String value(String header) {
            Integer column = columns.get(header);
            return column == null ? null : cells.get(column);
        }

        void checkHeader() throws ReportException {
            for (String needed : new String[] {FindingsSheet.FINGERPRINT, FindingsSheet.STATUS}) {
                if (!columns.containsKey(needed)) {
                    throw new ReportException(file + ", sheet '" + sheet + "': no column headed '" + needed
                            + "' in row 1, so decisions cannot be read");
                }
            }
        }
    }

    /** Carries a failure out of the SAX callbacks. */
    private static final class Unchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unchecked(ReportException cause) {
            super(cause);
        }

        @Override
        public synchronized ReportException getCause() {
            return (ReportException) super.getCause();
        }
    }
}
