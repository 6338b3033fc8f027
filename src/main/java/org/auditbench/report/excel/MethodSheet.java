package org.auditbench.report.excel;

import org.auditbench.names.Redactor;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.auditbench.model.Policy;
import org.auditbench.model.Severity;
import org.auditbench.report.FindingsDigest;
import org.auditbench.report.ReportScope;
import org.auditbench.report.ReportSources;
import org.auditbench.rules.api.RuleMetadata;

/**
 * How the review was performed, so it can be re-performed: every rule with its rationale, remediation
 * and references and how the policy set it; the exact policy text; reference data; how the hashes
 * are computed and what the report masks.
 */
final class MethodSheet {

    static final String NAME = "Method";

    private static final String[] HEADERS = {"Rule", "Title", "Default severity", "In this scan", "Rationale",
        "Remediation", "References"};
    private static final int[] WIDTHS = {24, 40, 11, 22, 70, 60, 36};

    private MethodSheet() {
    }

    static void write(SXSSFWorkbook workbook, ExcelStyles styles, ReportSources sources, String pageHeader,
            List<String> sheetNames) {
        ReportScope scope = sources.scope();
        Policy policy = scope.policy();
        SXSSFSheet sheet = workbook.createSheet(NAME);
        sheetNames.add(NAME);
        SheetSeries.layOut(sheet, pageHeader, true);
        SXSSFRow header = sheet.createRow(0);
        header.setHeightInPoints(30);
        for (int c = 0; c < HEADERS.length; c++) {
            Cells.fixed(header, c, HEADERS[c], styles.header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        Rows rows = new Rows(sheet, styles, 1);
        for (RuleMetadata rule : sources.rules()) {
            SXSSFRow r = rows.row();
            Cells.own(r, 0, rule.id(), styles.wrap);
            Cells.own(r, 1, rule.title(), styles.wrap);
            Cells.fixed(r, 2, rule.defaultSeverity().id(), styles.severity(rule.defaultSeverity()));
            Cells.own(r, 3, inThisScan(rule.id(), policy), styles.wrap);
            Cells.own(r, 4, rule.rationale(), styles.wrap);
            Cells.own(r, 5, rule.remediation(), styles.wrap);
            Cells.own(r, 6, String.join("; ", rule.references()), styles.wrap);
            r.setHeightInPoints(heightFor(rule.title(), rule.rationale(), rule.remediation(),
                    String.join("; ", rule.references())));
        }
        int lastRule = rows.nextIndex() - 1;
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRule, 1), 0, HEADERS.length - 1));
        List<String> missing = sources.missingRules();
        if (!missing.isEmpty()) {
            rows.skip();
            rows.note("Catalogue rules this build does not ship, so the scan did not run them:");
            for (int i = 0; i < missing.size(); i += 6) {
                rows.note("    " + String.join(", ", missing.subList(i, Math.min(missing.size(), i + 6))));
            }
        }

        rows.section("How to read this report");
        rows.note("Findings: " + FindingsDigest.DEFINITION);
        rows.note("Fingerprints identify a finding across re-imports: a hash of source, rule, layer, protocol,"
                + " key and target. Decisions are read back from the Findings sheets by fingerprint.");
        rows.note("Credential-looking values (password=…, user:password@ in URLs, bearer tokens, private keys,"
                + " long random tokens) are shown as " + Redactor.MASK + " in every sheet.");
        rows.note("Every value is stored as text or a number: no cell of this workbook is a formula, hyperlink or"
                + " external reference. Text a spreadsheet could read as a formula is marked as text.");
        rows.note("Dates are the review's calendar dates; moments are in UTC.");

        rows.section("Reference data");
        for (Map.Entry<String, String> e : scope.referenceData().entrySet()) {
            rows.text(e.getKey(), e.getValue());
        }

        rows.section("Policy used by scan " + scope.scan().id());
        rows.data("Origin", scope.policyOrigin());
        rows.mono("SHA-256", scope.scan().policyHash());
        rows.text("Review date", scope.reviewDate().toString());
        rows.text("Expiring-soon window", policy.expiringSoonDays() + " days");
        rows.text("Retention", policy.retentionDays() + " days");
        rows.skip();
        for (String line : scope.policyText().split("\r?\n", -1)) {
            Cells.data(rows.row(), 0, line.isEmpty() ? null : line, styles.mono);
        }
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    /**
     * Row height for wrapped text. Set explicitly because readers differ in whether they fit rows on
     * opening (LibreOffice's PDF export does not), and clipped rationale is no rationale.
     */
    static float heightFor(String title, String rationale, String remediation, String references) {
        int lines = Math.max(Math.max(lines(title, WIDTHS[1]), lines(rationale, WIDTHS[4])),
                Math.max(lines(remediation, WIDTHS[5]), lines(references, WIDTHS[6])));
        return Math.max(15f, lines * 14.5f + 2f);
    }

    private static int lines(String text, int width) {
        return text == null ? 1 : (int) Math.ceil(text.length() / (width * 1.4));
    }

    private static String inThisScan(String id, Policy policy) {
        if (policy.disabledRules().contains(id)) {
            return "disabled by the policy";
        }
        Severity override = policy.severityOverrides().get(id);
        return override == null ? "run at its default severity" : "run; severity set to " + override.id()
                + " by the policy";
    }
}
