package org.auditbench.report.excel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportScope;
import org.auditbench.report.ReportSources;
import org.auditbench.report.excel.SheetSeries.Column;

/**
 * Entries whose expiry needs attention at the review date: already expired, expiring within the
 * policy's window, or without any expiry. Coloured like the rules that flag them (expired: high,
 * no expiry: medium, expiring soon: low).
 */
final class ExpirySheet {

    static final String NAME = "Expiry";

    static final List<Column> COLUMNS = List.of(
            Column.of("Expiry status", 24), Column.of("Expires", 11), Column.of("Days from review date", 11),
            Column.of("Domain / address", 30), Column.of("Protocol", 12), Column.of("Target", 32),
            Column.of("Layer", 10), Column.of("Environment", 12), Column.of("Owner", 24),
            Column.of("Justification", 48), Column.of("Source", 22), Column.of("Source row", 10));

    private ExpirySheet() {
    }

    static void write(SXSSFWorkbook workbook, ExcelStyles styles, ReportSources sources, String pageHeader,
            int rowsPerSheet, List<String> sheetNames) throws ReportException {
        ReportScope scope = sources.scope();
        LocalDate review = scope.reviewDate();
        LocalDate horizon = scope.expiringHorizon();
        int window = scope.policy().expiringSoonDays();
        SheetSeries series = new SheetSeries(workbook, styles, NAME, pageHeader, COLUMNS, rowsPerSheet);
        sources.forEachExpiryConcern(row -> {
            Entry e = row.entry();
            SXSSFRow r = series.next();
            if (e.expires() == null) {
                Cells.fixed(r, 0, "No expiry", styles.severity(Severity.MEDIUM));
            } else if (e.expires().isBefore(review)) {
                Cells.fixed(r, 0, "Expired", styles.severity(Severity.HIGH));
            } else {
                Cells.fixed(r, 0, "Expires within " + window + " days", styles.severity(Severity.LOW));
            }
            Cells.date(r, 1, e.expires(), styles.date);
            if (e.expires() != null) {
                Cells.number(r, 2, ChronoUnit.DAYS.between(review, e.expires()), styles.integer);
            }
            Cells.data(r, 3, e.key(), styles.text);
            Cells.data(r, 4, e.protocol(), styles.text);
            Cells.data(r, 5, e.target(), styles.text);
            Cells.data(r, 6, e.layer(), styles.text);
            Cells.data(r, 7, e.environment(), styles.text);
            Cells.data(r, 8, e.owner(), styles.text);
            Cells.data(r, 9, e.justification(), styles.text);
            Cells.data(r, 10, row.sourceName(), styles.text);
            Cells.data(r, 11, e.sourceRow(), styles.text);
        });
        if (series.rows() == 0) {
            series.note("No entry is expired, expires within " + window + " days of the review date " + review
                    + ", or lacks an expiry.");
        }
        series.finish(null);
        sheetNames.addAll(series.sheetNames());
    }
}
