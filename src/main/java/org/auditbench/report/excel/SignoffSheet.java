package org.auditbench.report.excel;

import java.util.Optional;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.auditbench.report.FindingsDigest;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportScope;
import org.auditbench.report.ReportSources;
import org.auditbench.report.ReviewStats;
import org.auditbench.report.SignoffInfo;

/**
 * The reviewer's statement and the evidence it rests on: review statistics (so rubber-stamping shows)
 * and the SHA-256 of the findings and decisions. Until the review is signed off, lines to sign on.
 */
final class SignoffSheet {

    static final String NAME = "Sign-off";

    private SignoffSheet() {
    }

    static String defaultStatement(String period) {
        return "I have reviewed the findings listed in this workbook for " + period + " and the decisions recorded"
                + " on them, and I confirm that they are complete and accurate to the best of my knowledge.";
    }

    static void write(SXSSFWorkbook workbook, ExcelStyles styles, ReportSources sources, FindingTotals totals,
            String reviewer, String pageHeader, java.util.List<String> sheetNames) throws ReportException {
        ReportScope scope = sources.scope();
        Optional<SignoffInfo> signoff = sources.signoff();
        ReviewStats stats = sources.statistics();
        SXSSFSheet sheet = workbook.createSheet(NAME);
        sheetNames.add(NAME);
        sheet.setColumnWidth(0, 46 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        SheetSeries.layOut(sheet, pageHeader, false);
        SXSSFRow head = sheet.createRow(0);
        head.setHeightInPoints(24);
        Cells.fixed(head, 0, "Sign-off of review " + scope.period(), styles.title);
        Rows rows = new Rows(sheet, styles, 2);

        rows.text("Period", scope.period());
        rows.data("Organisation", scope.organisation());
        if (signoff.isPresent()) {
            SignoffInfo s = signoff.get();
            rows.text("State", "Signed off");
            statement(rows, styles, s.statement());
            rows.data("Reviewer", s.reviewer());
            rows.data("Role", s.role());
            Cells.dateTime(rows.label("Signed at (UTC)"), 1, s.signedAt(), styles.dateTime);
        } else {
            rows.text("State", "Not signed off yet");
            statement(rows, styles, defaultStatement(scope.period()));
            rows.data("Reviewer", reviewer == null ? "(to be named)" : reviewer);
            rows.text("Role", "(to be filled in)");
            rows.text("Signed at", "(not signed)");
        }

        rows.section("Review statistics");
        rows.number("Findings in this report", totals.total(), styles.integerLeft);
        rows.number("Decisions recorded", stats.decisions(), styles.integerLeft);
        if (stats.bulkShare() == null) {
            rows.text("Share of decisions made in bulk", "no decisions recorded");
        } else {
            rows.number("Share of decisions made in bulk", stats.bulkShare(), styles.percent);
        }
        if (stats.medianSecondsBetween() == null) {
            rows.text("Median seconds between individual decisions", "not enough individual decisions");
        } else {
            rows.number("Median seconds between individual decisions", stats.medianSecondsBetween(), styles.decimal);
        }
        rows.data("Reviewers", stats.reviewers().isEmpty() ? "none recorded" : String.join(", ", stats.reviewers()));

        rows.section("Integrity");
        rows.mono("SHA-256 of the findings in this report", totals.sha256());
        rows.note(FindingsDigest.DEFINITION);
        if (signoff.isPresent()) {
            rows.mono("SHA-256 of the findings at sign-off", signoff.get().findingsSha256());
            rows.mono("SHA-256 of the decisions at sign-off", signoff.get().decisionsSha256());
            if (!totals.sha256().equals(signoff.get().findingsSha256())) {
                rows.note("The findings differ from those signed off: this report is not the signed-off state.");
            }
        } else {
            rows.mono("SHA-256 of the decisions", sources.decisionsSha256());
            if (stats.decisions() == 0) {
                rows.note("No decisions are recorded; this is the SHA-256 of an empty set of decisions.");
            }
        }
        rows.note("The SHA-256 of this workbook file is printed when the report is written.");

        if (signoff.isEmpty()) {
            rows.section("Signature");
            for (String line : new String[] {"Reviewer name", "Role", "Date", "Signature"}) {
                SXSSFRow r = rows.row();
                Cells.fixed(r, 0, line, styles.signatureLabel);
                r.setHeightInPoints(32);
                Cells.blank(r, 1, styles.signatureLine.plain());
            }
        }
    }

    private static void statement(Rows rows, ExcelStyles styles, String statement) {
        SXSSFRow r = rows.label("Statement");
        r.setHeightInPoints(48);
        Cells.data(r, 1, statement, styles.wrap);
    }
}
