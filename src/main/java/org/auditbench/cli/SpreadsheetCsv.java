package org.auditbench.cli;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that a spreadsheet opens without running anything: a value starting with {@code = + - @}, a tab or a
 * carriage return gets a leading apostrophe, so it is shown as text and never evaluated as a formula
 * (OWASP "CSV injection"). Quoting and embedded newlines are Commons CSV's.
 */
final class SpreadsheetCsv implements AutoCloseable {

    private final CSVPrinter printer;

    SpreadsheetCsv(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
    }

    void row(Object... values) throws IOException {
        Object[] safe = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            safe[i] = values[i] == null ? "" : defuse(values[i].toString());
        }
        printer.printRecord(safe);
    }

    static String defuse(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
