package org.auditbench.report.excel;

import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.auditbench.model.Entry;
import org.auditbench.model.Snapshot;
import org.auditbench.report.ChangeRow;
import org.auditbench.report.Comparison;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportSources;
import org.auditbench.report.excel.SheetSeries.Column;

/** Entries added, removed and changed since each source's previous snapshot (the previous quarter). */
final class ChangesSheet {

    static final String NAME = "Changes";

    static final List<Column> COLUMNS = List.of(
            Column.of("Change", 10), Column.of("Source", 22), Column.of("Layer", 10),
            Column.of("Domain / address", 30), Column.of("Protocol", 12), Column.of("What changed", 60),
            Column.of("Target before", 32), Column.of("Target after", 32), Column.of("Owner", 24),
            Column.of("Previous row", 10), Column.of("Current row", 10));

    private ChangesSheet() {
    }

    static void write(SXSSFWorkbook workbook, ExcelStyles styles, ReportSources sources, String pageHeader,
            int rowsPerSheet, List<String> sheetNames) throws ReportException {
        SheetSeries series = new SheetSeries(workbook, styles, NAME, pageHeader, COLUMNS, rowsPerSheet);
        for (Comparison comparison : sources.comparisons()) {
            if (comparison.before() == null) {
                series.note("Source " + comparison.sourceName() + ": " + describe(comparison.after())
                        + " is its first snapshot, so there is nothing to compare it with.");
                continue;
            }
            long before = series.rows();
            sources.forEachChange(comparison, change -> write(series.next(), styles, change));
            if (series.rows() == before) {
                series.note("Source " + comparison.sourceName() + ": no changes from " + describe(comparison.before())
                        + " to " + describe(comparison.after()) + ".");
            }
        }
        if (series.rows() == 0) {
            series.note("The scan covers no sources.");
        }
        series.finish(null);
        sheetNames.addAll(series.sheetNames());
    }

    private static void write(SXSSFRow r, ExcelStyles styles, ChangeRow change) {
        Entry subject = change.subject();
        Cells.fixed(r, 0, change.kind().label(), styles.text.plain());
        Cells.data(r, 1, change.sourceName(), styles.text);
        Cells.data(r, 2, subject.layer(), styles.text);
        Cells.data(r, 3, subject.key(), styles.text);
        Cells.data(r, 4, subject.protocol(), styles.text);
        String what = switch (change.kind()) {
            case ADDED -> "new entry";
            case REMOVED -> "entry removed";
            case CHANGED -> String.join("; ", change.differences());
        };
        Cells.data(r, 5, what, styles.text);
        Cells.data(r, 6, change.before() == null ? null : target(change.before()), styles.text);
        Cells.data(r, 7, change.after() == null ? null : target(change.after()), styles.text);
        Cells.data(r, 8, subject.owner(), styles.text);
        Cells.data(r, 9, change.before() == null ? null : change.before().sourceRow(), styles.text);
        Cells.data(r, 10, change.after() == null ? null : change.after().sourceRow(), styles.text);
    }

    private static String target(Entry e) {
        if (e.target() == null) {
            return null;
        }
        return e.port() == null ? e.target() : e.target() + ":" + e.port();
    }

    static String describe(Snapshot s) {
        return "snapshot " + s.id() + (s.label() == null ? "" : " (" + s.label() + ")");
    }
}
