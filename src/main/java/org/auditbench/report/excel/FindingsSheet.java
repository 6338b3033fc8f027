package org.auditbench.report.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.auditbench.model.Finding;
import org.auditbench.model.FindingSubject;
import org.auditbench.model.TriageStatus;
import org.auditbench.report.CurrentDecision;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportSources;
import org.auditbench.report.excel.SheetSeries.Column;

/**
 * One row per finding, worst first. Reviewers fill in Status (a drop-down), Comment and Waiver until;
 * {@code auditbench decisions} reads them back by the Fingerprint column.
 */
final class FindingsSheet {

    static final String NAME = "Findings";
    static final String FINGERPRINT = "Fingerprint";
    static final String STATUS = "Status";
    static final String COMMENT = "Comment";
    static final String WAIVER_UNTIL = "Waiver until";

    /** Statuses a person may choose; {@code fixed} is set by a later scan, never by hand. */
    static final String[] CHOOSABLE = {TriageStatus.OPEN.id(), TriageStatus.REMEDIATE.id(),
        TriageStatus.ACCEPTED_RISK.id(), TriageStatus.FALSE_POSITIVE.id()};

    static final List<Column> COLUMNS = List.of(
            Column.of("Severity", 10), Column.of("Rule", 24), Column.editable(STATUS, 15),
            Column.editable(COMMENT, 36), Column.editable(WAIVER_UNTIL, 12), Column.of("Domain / address", 30),
            Column.of("Protocol", 12), Column.of("Target", 32), Column.of("Port", 7), Column.of("Layer", 10),
            Column.of("Environment", 12), Column.of("Owner", 24), Column.of("Message", 70),
            Column.of("Evidence", 60), Column.of("Source", 22), Column.of("Source row", 10),
            Column.of(FINGERPRINT, 35));

    private static final int STATUS_COLUMN = 2;

    private FindingsSheet() {
    }

    static FindingTotals write(SXSSFWorkbook workbook, ExcelStyles styles, ReportSources sources, String pageHeader,
            int rowsPerSheet, List<String> sheetNames) throws ReportException {
        SheetSeries series = new SheetSeries(workbook, styles, NAME, pageHeader, COLUMNS, rowsPerSheet);
        FindingTotals totals = new FindingTotals();
        sources.forEachFinding(f -> {
            CurrentDecision decision = f.decision();
            write(series.next(), styles, f.finding(), decision);
            totals.add(f.finding().fingerprint(), f.finding().rule(), f.finding().severity(), decision.status());
        });
        totals.finish();
        if (totals.total() == 0) {
            series.note("The scan raised no findings.");
        }
        series.finish((sheet, lastRow) -> finishPart(sheet, lastRow, styles));
        sheetNames.addAll(series.sheetNames());
        return totals;
    }

    private static void write(SXSSFRow row, ExcelStyles styles, Finding f, CurrentDecision decision) {
        FindingSubject s = f.subject();
        Cells.fixed(row, 0, f.severity().id(), styles.severity(f.severity()));
        Cells.own(row, 1, f.rule(), styles.text);
        Cells.fixed(row, 2, decision.status().id(), styles.editable.plain());
        Cells.data(row, 3, decision.comment(), styles.editable);
        Cells.date(row, 4, decision.waiverUntil(), styles.editableDate);
        Cells.data(row, 5, s.key(), styles.text);
        Cells.data(row, 6, s.protocol(), styles.text);
        Cells.data(row, 7, s.target(), styles.text);
        Cells.number(row, 8, s.port(), styles.port);
        Cells.data(row, 9, s.layer(), styles.text);
        Cells.data(row, 10, s.environment(), styles.text);
        Cells.data(row, 11, s.owner(), styles.text);
        Cells.data(row, 12, f.message(), styles.text);
        Cells.data(row, 13, f.evidence(), styles.text);
        Cells.data(row, 14, s.sourceName(), styles.text);
        Cells.data(row, 15, s.sourceRow(), styles.text);
        Cells.own(row, 16, f.fingerprint(), styles.mono);
    }

    /** The Status drop-down over the part's rows, and the fill of the columns to fill in. */
    private static void finishPart(SXSSFSheet sheet, int lastRow, ExcelStyles styles) {
        sheet.setDefaultColumnStyle(3, styles.editable.plain());
        sheet.setDefaultColumnStyle(4, styles.editableDate);
        if (lastRow < 1) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(CHOOSABLE),
                new CellRangeAddressList(1, lastRow, STATUS_COLUMN, STATUS_COLUMN));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Status", "Choose open, remediate, accepted-risk or false-positive.");
        validation.setShowPromptBox(true);
        validation.createPromptBox("Status", "open, remediate, accepted-risk or false-positive. Waivers"
                + " (accepted-risk, false-positive) need a reason in Comment and a date in Waiver until.");
        validation.setEmptyCellAllowed(false);
        sheet.addValidationData(validation);
    }
}
