package org.auditbench.report.excel;

import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportSources;
import org.auditbench.report.WaiverRow;
import org.auditbench.report.excel.SheetSeries.Column;

/** Accepted risks and false positives: active, expired, and orphaned (their finding is gone). */
final class WaiversSheet {

    static final String NAME = "Waivers";

    static final List<Column> COLUMNS = List.of(
            Column.of("State", 30), Column.of("Status", 15), Column.of("Rule", 24), Column.of("Domain / address", 30),
            Column.of("Reason", 48), Column.of("Decided by", 18), Column.of("Decided at (UTC)", 17),
            Column.of("Expires", 11), Column.of("Fingerprint", 35));

    private WaiversSheet() {
    }

    static void write(SXSSFWorkbook workbook, ExcelStyles styles, ReportSources sources, String pageHeader,
            int rowsPerSheet, List<String> sheetNames) throws ReportException {
        SheetSeries series = new SheetSeries(workbook, styles, NAME, pageHeader, COLUMNS, rowsPerSheet);
        List<WaiverRow> waivers = sources.waivers();
        for (WaiverRow w : waivers) {
            SXSSFRow r = series.next();
            Cells.fixed(r, 0, w.state().label(), styles.text.plain());
            Cells.fixed(r, 1, w.status().id(), styles.text.plain());
            Cells.own(r, 2, w.rule(), styles.text);
            Cells.data(r, 3, w.subject(), styles.text);
            Cells.data(r, 4, w.reason(), styles.text);
            Cells.data(r, 5, w.decidedBy(), styles.text);
            Cells.dateTime(r, 6, w.decidedAt(), styles.dateTime);
            Cells.date(r, 7, w.expires(), styles.date);
            Cells.own(r, 8, w.fingerprint(), styles.mono);
        }
        if (waivers.isEmpty()) {
            series.note("No waivers recorded: no finding has been accepted as a risk or marked a false positive.");
        }
        series.finish(null);
        sheetNames.addAll(series.sheetNames());
    }
}
