package org.auditbench.importer.csv;

import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.Importer;
import org.auditbench.importer.RecordReader;

/** Delimited text: CSV, TSV, semicolon- or pipe-separated, with the delimiter sniffed from the header. */
public final class CsvImporter implements Importer {

    private final String format;
    private final char fallbackDelimiter;

    private CsvImporter(String format, char fallbackDelimiter) {
        this.format = format;
        this.fallbackDelimiter = fallbackDelimiter;
    }

    public static CsvImporter csv() {
        return new CsvImporter("csv", ',');
    }

    public static CsvImporter tsv() {
        return new CsvImporter("tsv", '\t');
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public boolean accepts(ImportInput input, byte[] head) {
        String ext = input.extension();
        return format.equals("tsv") ? ext.equals("tsv") || ext.equals("tab")
                : ext.equals("csv") || ext.equals("txt");
    }

    @Override
    public RecordReader open(ImportInput input) throws ImportException {
        return CsvRecordReader.open(input, fallbackDelimiter);
    }
}
