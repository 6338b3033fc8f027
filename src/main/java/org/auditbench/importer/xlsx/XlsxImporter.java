package org.auditbench.importer.xlsx;

import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.Importer;
import org.auditbench.importer.RecordReader;
import org.auditbench.importer.SourceSelection;

/**
 * Excel workbooks (.xlsx): the first worksheet or a named one, the header row found among the first rows,
 * Excel dates as ISO dates, merged cells filled from their top-left cell, formulas as their cached values.
 * The file is opened read-only through Apache POI with its zip-bomb limits in force.
 */
public final class XlsxImporter implements Importer {

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public boolean accepts(ImportInput input, byte[] head) {
        String ext = input.extension();
        return ext.equals("xlsx") || ext.equals("xlsm");
    }

    @Override
    public RecordReader open(ImportInput input) throws ImportException {
        return open(input, SourceSelection.NONE);
    }

    @Override
    public RecordReader open(ImportInput input, SourceSelection selection) throws ImportException {
        if (input.path() == null) {
            throw new ImportException(input.name() + ": workbooks are read from a file; save it and import the file");
        }
        return XlsxRecordReader.open(input, selection.sheet());
    }

    /** The workbook's sheet names, in order, for {@code import --list}. */
    public static java.util.List<String> sheets(ImportInput input) throws ImportException {
        return Workbook.sheetNames(input);
    }
}
