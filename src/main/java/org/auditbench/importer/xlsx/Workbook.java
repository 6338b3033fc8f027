package org.auditbench.importer.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.xml.SafeXml;

/** An .xlsx package opened read-only, with what every sheet needs: shared strings, styles, the date system. */
final class Workbook implements AutoCloseable {

    final String name;
    final OPCPackage pkg;
    final XSSFReader reader;
    final SharedStrings strings;
    final StylesTable styles;
    final boolean date1904;

    private Workbook(String name, OPCPackage pkg) throws ImportException {
        this.name = name;
        this.pkg = pkg;
        try {
            this.reader = new XSSFReader(pkg, true);
            reader.setUseReadOnlySharedStringsTable(true);
            this.strings = reader.getSharedStringsTable();
            this.styles = reader.getStylesTable();
            this.date1904 = date1904(reader);
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw failure(name, e);
        }
    }

    static Workbook open(ImportInput input) throws ImportException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(input.path().toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | UnsupportedFileFormatException | OpenXML4JRuntimeException e) {
            throw new ImportException(input.name() + ": this is not an Excel workbook (.xlsx): " + describe(e), e);
        } catch (RuntimeException e) {
            throw failure(input.name(), e);
        }
        try {
            return new Workbook(input.name(), pkg);
        } catch (ImportException e) {
            pkg.revert();
            throw e;
        }
    }

    static List<String> sheetNames(ImportInput input) throws ImportException {
        try (Workbook workbook = open(input)) {
            return workbook.sheetNames();
        }
    }

    List<String> sheetNames() throws ImportException {
        try {
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                it.next().close();
                names.add(it.getSheetName());
            }
            return names;
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw failure(name, e);
        }
    }

    /** One worksheet's XML and its name. */
    record Sheet(InputStream xml, String name) {
    }

    /** The sheet {@code wanted} by name or 1-based position, or the first sheet. */
    Sheet sheet(String wanted) throws ImportException {
        List<String> names = sheetNames();
        if (names.isEmpty()) {
            throw new ImportException(name + ": the workbook has no worksheets");
        }
        int index = 0;
        if (wanted != null) {
            index = -1;
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(wanted)) {
                    index = i;
                }
            }
            if (index < 0 && wanted.chars().allMatch(Character::isDigit)) {
                int position = Integer.parseInt(wanted);
                index = position >= 1 && position <= names.size() ? position - 1 : -1;
            }
            if (index < 0) {
                throw new ImportException(name + ": there is no sheet '" + wanted + "'; its sheets are "
                        + String.join(", ", names.stream().map(n -> "'" + n + "'").toList()));
            }
        }
        try {
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            for (int i = 0; it.hasNext(); i++) {
                InputStream sheet = it.next();
                if (i == index) {
                    return new Sheet(sheet, it.getSheetName());
                }
                sheet.close();
            }
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw failure(name, e);
        }
        throw new ImportException(name + ": sheet " + (index + 1) + " cannot be read");
    }

    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, ImportException {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = SafeXml.open("workbook.xml", in);
            try {
                while (true) {
                    int event = SafeXml.next("workbook.xml", xml);
                    if (event == XMLStreamConstants.END_DOCUMENT) {
                        return false;
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("workbookPr")) {
                        String value = xml.getAttributeValue(null, "date1904");
                        return value != null && (value.equals("1") || value.toLowerCase(Locale.ROOT).equals("true"));
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheets")) {
                        return false; // workbookPr comes before the sheet list
                    }
                }
            } finally {
                SafeXml.close(xml);
            }
        }
    }

    /** POI's own limits (zip bombs, oversized parts) and broken packages, as one clear error. */
    static ImportException failure(String name, Exception e) {
        String message = describe(e);
        if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
            return new ImportException(name + ": refused: the workbook expands far beyond its size, as a zip bomb"
                    + " does (" + message.lines().findFirst().orElse("") + ")", e);
        }
        return new ImportException(name + ": the workbook cannot be read: " + message.lines().findFirst().orElse(""), e);
    }

    private static String describe(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null) {
                message = t.getMessage();
                if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                    return message;
                }
            }
            t = t.getCause();
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** Read-only: revert() closes without ever writing back. */
    @Override
    public void close() {
        pkg.revert();
    }
}
