package org.auditbench.report.excel;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.report.ReportEntry;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportScope;
import org.auditbench.report.ReportSources;
import org.auditbench.report.SeverityPalette;
import org.auditbench.report.excel.SheetSeries.Column;

/**
 * Every entry of the review, grouped by owner: each owner's entries form a collapsible outline group
 * closed by a subtotal row. Expiry and justification are coloured by conditional formatting (expired,
 * expiring within the policy's window, no justification), so the colours follow edits and filters.
 */
final class EntriesByOwnerSheet {

    static final String NAME = "Entries by owner";
    static final String NO_OWNER = "(no owner)";

    static final List<Column> COLUMNS = List.of(
            Column.of("Owner", 24), Column.of("Domain / address", 30), Column.of("Protocol", 12),
            Column.of("Target", 32), Column.of("Port", 7), Column.of("Layer", 10), Column.of("Environment", 12),
            Column.of("Justification", 48), Column.of("Created", 11), Column.of("Expires", 11),
            Column.of("Last reviewed", 11), Column.of("Findings", 9), Column.of("Worst severity", 10),
            Column.of("Source", 22), Column.of("Source row", 10), Column.of("Other columns", 40));

    static final int JUSTIFICATION = 7;
    static final int EXPIRES = 9;
    static final int FINDINGS = 11;
    static final int SOURCE = 13;

    private EntriesByOwnerSheet() {
    }

    static void write(SXSSFWorkbook workbook, ExcelStyles styles, ReportSources sources, String pageHeader,
            int rowsPerSheet, List<String> sheetNames) throws ReportException {
        ReportScope scope = sources.scope();
        SheetSeries series = new SheetSeries(workbook, styles, NAME, pageHeader, COLUMNS, rowsPerSheet);
        Group group = new Group(series, styles, scope.reviewDate(), scope.expiringHorizon());
        sources.forEachEntryByOwner(group::add);
        group.close();
        if (group.entries == 0) {
            series.note("The scanned snapshots hold no entries.");
        } else {
            SXSSFRow total = series.next();
            Cells.own(total, 0, "Total", styles.subtotal);
            Cells.own(total, 1, group.entries + " entries of " + group.owners + " owner"
                    + (group.owners == 1 ? "" : "s"), styles.subtotal);
            Cells.number(total, FINDINGS, group.allFindings, styles.subtotalNumber);
        }
        series.finish((sheet, lastRow) -> {
            sheet.setRowSumsBelow(true);
            if (lastRow >= 1) {
                formatConditionally(sheet, lastRow, scope);
            }
        });
        sheetNames.addAll(series.sheetNames());
    }

    /** Red for an expiry before the review date, amber within the window, pink for a blank justification. */
    private static void formatConditionally(SXSSFSheet sheet, int lastRow, ReportScope scope) {
        SheetConditionalFormatting formats = sheet.getSheetConditionalFormatting();
        String expires = "$" + column(EXPIRES) + "2";
        String source = "$" + column(SOURCE) + "2";
        LocalDate review = scope.reviewDate();
        LocalDate soon = scope.expiringHorizon();
        ConditionalFormattingRule expired = formats.createConditionalFormattingRule(
                "AND(ISNUMBER(" + expires + ")," + expires + "<" + date(review) + ")");
        fill(expired, SeverityPalette.fillHex(Severity.HIGH));
        ConditionalFormattingRule expiring = formats.createConditionalFormattingRule("AND(ISNUMBER(" + expires + "),"
                + expires + ">=" + date(review) + "," + expires + "<" + date(soon) + ")");
        fill(expiring, SeverityPalette.fillHex(Severity.MEDIUM));
        formats.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, lastRow, EXPIRES, EXPIRES)},
                expired, expiring);
        ConditionalFormattingRule noJustification = formats.createConditionalFormattingRule(
                "AND(" + source + "<>\"\",LEN(TRIM($" + column(JUSTIFICATION) + "2))=0)");
        fill(noJustification, SeverityPalette.fillHex(Severity.HIGH));
        formats.addConditionalFormatting(new CellRangeAddress[] {
            new CellRangeAddress(1, lastRow, JUSTIFICATION, JUSTIFICATION)}, noJustification);
    }

    private static void fill(ConditionalFormattingRule rule, String hex) {
        PatternFormatting pattern = rule.createPatternFormatting();
        pattern.setFillBackgroundColor(ExcelStyles.colour(hex));
        pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
    }

    private static String date(LocalDate day) {
        return "DATE(" + day.getYear() + "," + day.getMonthValue() + "," + day.getDayOfMonth() + ")";
    }

    static String column(int index) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }

    /** Tracks the owner group being written and closes it with a subtotal row when the owner changes. */
    private static final class Group {
        private final SheetSeries series;
        private final ExcelStyles styles;
        private final LocalDate reviewDate;
        private final LocalDate horizon;
        private final long windowDays;
        private String key;
        private String owner;
        private long count;
        private long findings;
        private long expired;
        private long expiring;
        private long unjustified;
        long entries;
        long owners;
        long allFindings;

        Group(SheetSeries series, ExcelStyles styles, LocalDate reviewDate, LocalDate horizon) {
            this.series = series;
            this.styles = styles;
            this.reviewDate = reviewDate;
            this.horizon = horizon;
            this.windowDays = java.time.temporal.ChronoUnit.DAYS.between(reviewDate, horizon) - 1;
        }

        void add(ReportEntry row) {
            Entry e = row.entry();
            String ownerText = e.owner() == null || e.owner().isBlank() ? null : e.owner().strip();
            String rowKey = ownerText == null ? "" : ownerText.toLowerCase(Locale.ROOT);
            if (key == null || !key.equals(rowKey)) {
                close();
                key = rowKey;
                owner = ownerText == null ? NO_OWNER : ownerText;
                owners++;
            }
            SXSSFRow r = series.next();
            series.currentSheet().setRowOutlineLevel(r.getRowNum(), 1);
            Cells.data(r, 0, owner, styles.text);
            Cells.data(r, 1, e.key(), styles.text);
            Cells.data(r, 2, e.protocol(), styles.text);
            Cells.data(r, 3, e.target(), styles.text);
            Cells.number(r, 4, e.port(), styles.port);
            Cells.data(r, 5, e.layer(), styles.text);
            Cells.data(r, 6, e.environment(), styles.text);
            Cells.data(r, JUSTIFICATION, e.justification(), styles.text);
            Cells.date(r, 8, e.created(), styles.date);
            Cells.date(r, EXPIRES, e.expires(), styles.date);
            Cells.date(r, 10, e.reviewed(), styles.date);
            Cells.number(r, FINDINGS, row.findings(), styles.integer);
            if (row.worst() != null) {
                Cells.fixed(r, 12, row.worst().id(), styles.severity(row.worst()));
            }
            Cells.data(r, SOURCE, row.sourceName(), styles.text);
            Cells.data(r, 14, e.sourceRow(), styles.text);
            Cells.data(r, 15, otherColumns(e.extra()), styles.text);
            count++;
            entries++;
            findings += row.findings();
            allFindings += row.findings();
            if (e.expires() != null && e.expires().isBefore(reviewDate)) {
                expired++;
            } else if (e.expires() != null && e.expires().isBefore(horizon)) {
                expiring++;
            }
            if (e.justification() == null || e.justification().isBlank()) {
                unjustified++;
            }
        }

        /** Writes the subtotal row of the group being closed, if any. */
        void close() {
            if (key == null) {
                return;
            }
            SXSSFRow r = series.next();
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cells.blank(r, c, styles.subtotal.plain());
            }
            Cells.data(r, 0, "Subtotal: " + owner, styles.subtotal);
            Cells.own(r, 1, count + (count == 1 ? " entry" : " entries") + ", " + expired + " expired, " + expiring
                    + " expiring within " + windowDays + " days, " + unjustified + " without justification", styles.subtotal);
            Cells.number(r, FINDINGS, findings, styles.subtotalNumber);
            count = 0;
            findings = 0;
            expired = 0;
            expiring = 0;
            unjustified = 0;
            key = null;
        }

        private static String otherColumns(Map<String, String> extra) {
            if (extra.isEmpty()) {
                return null;
            }
            return extra.entrySet().stream().filter(x -> x.getValue() != null && !x.getValue().isBlank())
                    .map(x -> x.getKey() + ": " + x.getValue()).collect(Collectors.joining("; "));
        }
    }
}
