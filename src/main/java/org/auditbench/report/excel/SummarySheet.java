package org.auditbench.report.excel;

import org.auditbench.names.Redactor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.auditbench.model.Severity;
import org.auditbench.model.Snapshot;
import org.auditbench.model.TriageStatus;
import org.auditbench.report.OwnerCount;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportScope;
import org.auditbench.report.ReportSources;
import org.auditbench.report.SeverityPalette;
import org.auditbench.report.SignoffInfo;
import org.auditbench.report.SourceSnapshot;
import org.auditbench.rules.api.RuleMetadata;

/**
 * The first sheet: what was reviewed (period, organisation, sources with hashes, policy hash,
 * reference data) and what was found (severity × status, per rule, per owner, and a chart).
 * Created first so it is the first tab, filled last because it sums up the other sheets.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    static final int TOP_OWNERS = 25;
    static final String CHART_TITLE = "Findings by severity";

    private static final int[] WIDTHS = {34, 14, 14, 14, 14, 14, 14, 14, 68, 40};

    private SummarySheet() {
    }

    static SXSSFSheet create(SXSSFWorkbook workbook) {
        return workbook.createSheet(NAME);
    }

    static void fill(SXSSFWorkbook workbook, SXSSFSheet sheet, ExcelStyles styles, ReportSources sources,
            FindingTotals totals, String pageHeader) throws ReportException {
        ReportScope scope = sources.scope();
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        SheetSeries.layOut(sheet, pageHeader, false);
        // one page: the summary is what a reader signs and files, and its tables are bounded (21 rules, the
        // top owners); fitted to the width only, the owner table's last rows spilled onto a page of their own
        sheet.getPrintSetup().setFitHeight((short) 1);
        SXSSFRow title = sheet.createRow(0);
        title.setHeightInPoints(26);
        Cells.own(title, 0, Redactor.redact("Configuration review " + scope.period() + " — " + scope.organisation()),
                new ExcelStyles.Text(styles.title, styles.title));
        Rows rows = new Rows(sheet, styles, 2);

        rows.text("Period", scope.period());
        rows.data("Organisation", scope.organisation());
        Cells.date(rows.label("Review date"), 1, scope.reviewDate(), styles.date);
        Cells.dateTime(rows.label("Report generated (UTC)"), 1, scope.generatedAt(), styles.dateTime);
        rows.text("Scan", "scan " + scope.scan().id() + ", run " + Cells.utc(scope.scan().startedAt()) + " UTC");
        rows.data("Policy", scope.policyOrigin());
        rows.mono("Policy SHA-256", scope.scan().policyHash());
        rows.number("Entries reviewed", scope.entries(), styles.integerLeft);
        rows.number("Findings", totals.total(), styles.integerLeft);
        Optional<SignoffInfo> signoff = sources.signoff();
        rows.data("Sign-off", signoff.map(s -> "signed off by " + s.reviewer() + " on " + Cells.utc(s.signedAt()) + " UTC")
                .orElse("not signed off yet (see the Sign-off sheet)"));

        sourcesTable(rows, styles, scope);
        rows.section("Reference data");
        for (Map.Entry<String, String> e : scope.referenceData().entrySet()) {
            rows.text(e.getKey(), e.getValue());
        }
        int severityHeader = severityTable(rows, styles, totals);
        chart(workbook, severityHeader, totals);
        ruleTable(rows, styles, sources, totals);
        ownerTable(rows, styles, sources);
    }

    private static void sourcesTable(Rows rows, ExcelStyles styles, ReportScope scope) {
        rows.section("Sources");
        rows.tableHeader("Source", "Snapshot", "Label", "Kind", "Entries", "Rejected rows", "Imported (UTC)",
                "Compared with", "SHA-256 of the source", "Location");
        for (SourceSnapshot source : scope.sources()) {
            Snapshot s = source.current();
            SXSSFRow r = rows.row();
            Cells.data(r, 0, s.sourceName(), styles.text);
            Cells.number(r, 1, s.id(), styles.count);
            Cells.data(r, 2, s.label(), styles.text);
            Cells.data(r, 3, s.kind(), styles.text);
            Cells.number(r, 4, s.importedCount(), styles.count);
            Cells.number(r, 5, s.rejectedCount(), styles.count);
            Cells.dateTime(r, 6, s.finishedAt(), styles.dateTime);
            Snapshot previous = source.previous();
            Cells.data(r, 7, previous == null ? "(first snapshot)" : ChangesSheet.describe(previous), styles.text);
            Cells.own(r, 8, s.sha256(), styles.mono);
            Cells.data(r, 9, s.locator(), styles.text);
        }
    }

    /** Severity × status counts with a total column; returns the header row's index (the chart reads below it). */
    private static int severityTable(Rows rows, ExcelStyles styles, FindingTotals totals) {
        rows.section("Findings by severity and status");
        int header = rows.nextIndex();
        TriageStatus[] statuses = TriageStatus.values();
        String[] headers = new String[statuses.length + 2];
        headers[0] = "Severity";
        for (int i = 0; i < statuses.length; i++) {
            headers[i + 1] = statuses[i].id();
        }
        headers[headers.length - 1] = "Total";
        rows.tableHeader(headers);
        for (Severity severity : Severity.values()) {
            SXSSFRow r = rows.row();
            Cells.fixed(r, 0, severity.id(), styles.severity(severity));
            for (int i = 0; i < statuses.length; i++) {
                Cells.number(r, i + 1, totals.count(severity, statuses[i]), styles.count);
            }
            Cells.number(r, statuses.length + 1, totals.count(severity), styles.countBold);
        }
        SXSSFRow total = rows.row();
        Cells.fixed(total, 0, "Total", styles.subtotal.plain());
        for (int i = 0; i < statuses.length; i++) {
            Cells.number(total, i + 1, totals.count(statuses[i]), styles.subtotalNumber);
        }
        Cells.number(total, statuses.length + 1, totals.total(), styles.subtotalNumber);
        return header;
    }

    /**
     * A column chart of the Total column, one bar per severity in the palette's colours. Built on the
     * streaming sheet's underlying XSSF sheet; the series cache their values so no reader must recalculate.
     */
    private static void chart(SXSSFWorkbook workbook, int headerRow, FindingTotals totals) {
        XSSFSheet sheet = workbook.getXSSFWorkbook().getSheet(NAME);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 8, headerRow - 1, 9, headerRow + 16);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(CHART_TITLE);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        Severity[] severities = Severity.values();
        String[] names = new String[severities.length];
        Long[] counts = new Long[severities.length];
        int first = headerRow + 1;
        int last = headerRow + severities.length;
        for (int i = 0; i < severities.length; i++) {
            names[i] = severities[i].id();
            counts[i] = totals.count(severities[i]);
        }
        int totalColumn = TriageStatus.values().length + 1;
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromArray(names, range(first, last, 0)),
                XDDFDataSourcesFactory.fromArray(counts, range(first, last, totalColumn)));
        series.setTitle("Findings", null);
        for (int i = 0; i < severities.length; i++) {
            series.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(
                    XDDFColor.from(SeverityPalette.rgb(SeverityPalette.accentHex(severities[i])))));
        }
        chart.plot(data);
    }

    private static String range(int firstRow, int lastRow, int column) {
        String col = EntriesByOwnerSheet.column(column);
        return "'" + NAME + "'!$" + col + "$" + (firstRow + 1) + ":$" + col + "$" + (lastRow + 1);
    }

    private static void ruleTable(Rows rows, ExcelStyles styles, ReportSources sources, FindingTotals totals) {
        rows.section("Findings by rule");
        rows.tableHeader("Rule", "Findings", "Default severity", "Title");
        Map<String, Long> byRule = totals.byRule();
        for (RuleMetadata rule : sources.rules()) {
            SXSSFRow r = rows.row();
            Cells.own(r, 0, rule.id(), styles.text);
            Cells.number(r, 1, byRule.getOrDefault(rule.id(), 0L), styles.count);
            Cells.fixed(r, 2, rule.defaultSeverity().id(), styles.severity(rule.defaultSeverity()));
            Cells.own(r, 3, rule.title(), styles.text);
        }
        for (Map.Entry<String, Long> e : byRule.entrySet()) {
            if (sources.rules().stream().noneMatch(r -> r.id().equals(e.getKey()))) {
                SXSSFRow r = rows.row();
                Cells.own(r, 0, e.getKey(), styles.text);
                Cells.number(r, 1, e.getValue(), styles.count);
                Cells.own(r, 3, "(rule not in this build)", styles.note);
            }
        }
    }

    private static void ownerTable(Rows rows, ExcelStyles styles, ReportSources sources) throws ReportException {
        List<OwnerCount> owners = sources.topOwners(TOP_OWNERS);
        long ownerCount = sources.ownerCount();
        rows.section(ownerCount > owners.size() ? "Findings by owner (the " + owners.size() + " with most findings, of "
                + ownerCount + ")" : "Findings by owner");
        String[] headers = new String[Severity.values().length + 2];
        headers[0] = "Owner";
        headers[1] = "Findings";
        for (Severity s : Severity.values()) {
            headers[s.ordinal() + 2] = s.id();
        }
        rows.tableHeader(headers);
        for (OwnerCount owner : owners) {
            SXSSFRow r = rows.row();
            Cells.data(r, 0, owner.owner() == null ? EntriesByOwnerSheet.NO_OWNER : owner.owner(), styles.text);
            Cells.number(r, 1, owner.findings(), styles.count);
            for (Severity s : Severity.values()) {
                Cells.number(r, s.ordinal() + 2, owner.bySeverity()[s.ordinal()], styles.count);
            }
        }
        if (owners.isEmpty()) {
            rows.note("No findings, so no owner has any.");
        } else if (ownerCount > owners.size()) {
            rows.note("The other " + (ownerCount - owners.size()) + " owners are subtotalled on the"
                    + " Entries by owner sheet.");
        }
    }
}
