package org.auditbench.report;

import java.time.Clock;

/**
 * What a report is asked for.
 *
 * @param period       review period, e.g. {@code 2026Q4}; null: the quarter of the policy's review date
 * @param reviewer     who is to sign the report off, printed on the Sign-off sheet; may be null
 * @param scanId       the scan to report; null: the latest complete scan
 * @param clock        the time the report states it was generated
 * @param rowsPerSheet data rows a sheet holds before it continues as "Name (2)"; Excel's limit unless testing
 */
public record ReportRequest(String period, String reviewer, Long scanId, Clock clock, int rowsPerSheet) {

    /** Excel's 1,048,576 rows less the header row. */
    public static final int EXCEL_DATA_ROWS = 1_048_575;

    public ReportRequest {
        if (period != null) {
            period = ReviewPeriods.check(period);
        }
        if (reviewer != null && reviewer.isBlank()) {
            reviewer = null;
        }
        if (rowsPerSheet < 1 || rowsPerSheet > EXCEL_DATA_ROWS) {
            throw new IllegalArgumentException("rows per sheet must be 1.." + EXCEL_DATA_ROWS + ", not " + rowsPerSheet);
        }
    }

    public static ReportRequest of(String period, String reviewer) {
        return new ReportRequest(period, reviewer, null, Clock.systemDefaultZone(), EXCEL_DATA_ROWS);
    }

    public ReportRequest withRowsPerSheet(int rows) {
        return new ReportRequest(period, reviewer, scanId, clock, rows);
    }

    public ReportRequest withClock(Clock newClock) {
        return new ReportRequest(period, reviewer, scanId, newClock, rowsPerSheet);
    }

    public ReportRequest withScan(Long id) {
        return new ReportRequest(period, reviewer, id, clock, rowsPerSheet);
    }
}
