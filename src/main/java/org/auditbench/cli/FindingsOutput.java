package org.auditbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.auditbench.model.Finding;
import org.auditbench.model.FindingSubject;
import org.auditbench.model.FindingTriage;
import org.auditbench.model.Scan;
import org.auditbench.model.Severity;
import org.auditbench.workspace.FindingQuery;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/** Prints the findings of one scan in any {@link FindingsFormat}, streaming, so a million findings fit. */
final class FindingsOutput {

    private FindingsOutput() {
    }

    /** Prints the findings; returns how many there were at each severity. */
    static Map<Severity, Long> print(FindingsFormat format, Workspace ws, Scan scan, FindingQuery query,
                                     PrintWriter out) throws IOException, WorkspaceException {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        switch (format) {
            case JSON -> json(ws, scan, query, out, counts);
            case CSV -> csv(ws, scan, query, out, counts);
            case SARIF -> SarifOutput.print(ws, scan, query, out, counts);
            default -> text(ws, scan, query, out, counts);
        }
        out.flush();
        return counts;
    }

    private static void json(Workspace ws, Scan scan, FindingQuery query, PrintWriter out, Map<Severity, Long> counts)
            throws IOException, WorkspaceException {
        JsonOut.array(out, json -> ws.findings().<IOException>forEachTriaged(scan.id(), query, (f, t) -> {
            counts.merge(f.severity(), 1L, Long::sum);
            FindingSubject s = f.subject();
            json.generator().writeStartObject();
            json.field("rule", f.rule());
            json.field("severity", f.severity().id());
            json.field("status", f.status().id());
            json.field("domain", s.key());
            json.field("protocol", s.protocol());
            json.field("target", s.target());
            json.field("port", s.port());
            json.field("layer", s.layer());
            json.field("environment", s.environment());
            json.field("owner", s.owner());
            json.field("source", s.sourceName());
            json.field("sourceRow", s.sourceRow());
            json.field("entryId", f.entryId());
            json.field("relatedEntryId", f.relatedEntryId());
            json.field("scanId", f.scanId());
            json.field("fingerprint", f.fingerprint());
            json.field("message", f.message());
            json.field("evidence", f.evidence());
            json.field("decidedBy", t.decidedBy());
            json.field("decidedAt", t.decidedAt() == null ? null : t.decidedAt().toString());
            json.field("comment", t.comment());
            json.field("waiver", t.waiverStatus() == null ? null : t.waiverStatus().id());
            json.field("waiverReason", t.waiverReason());
            json.field("waiverUntil", t.waiverUntil());
            json.generator().writeBooleanField("waiverExpired", t.waiverExpired());
            json.generator().writeEndObject();
        }));
    }

    private static void csv(Workspace ws, Scan scan, FindingQuery query, PrintWriter out, Map<Severity, Long> counts)
            throws IOException, WorkspaceException {
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out)) {
            csv.row("rule", "severity", "status", "domain", "protocol", "target", "port", "layer", "environment",
                    "owner", "source", "sourceRow", "entryId", "relatedEntryId", "scanId", "fingerprint", "message",
                    "evidence", "decidedBy", "comment", "waiverReason", "waiverUntil");
            ws.findings().<IOException>forEachTriaged(scan.id(), query, (f, t) -> {
                counts.merge(f.severity(), 1L, Long::sum);
                FindingSubject s = f.subject();
                csv.row(f.rule(), f.severity().id(), f.status().id(), s.key(), s.protocol(), s.target(), s.port(),
                        s.layer(), s.environment(), s.owner(), s.sourceName(), s.sourceRow(), f.entryId(),
                        f.relatedEntryId(), f.scanId(), f.fingerprint(), f.message(), f.evidence(), t.decidedBy(),
                        t.comment(), t.waiverReason(), t.waiverUntil());
            });
        }
    }

    private static void text(Workspace ws, Scan scan, FindingQuery query, PrintWriter out, Map<Severity, Long> counts)
            throws WorkspaceException {
        ws.findings().<RuntimeException>forEachTriaged(scan.id(), query, (f, t) -> {
            counts.merge(f.severity(), 1L, Long::sum);
            line(out, f, t);
        });
        out.println(summary(scan, counts));
    }

    static String summary(Scan scan, Map<Severity, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder bySeverity = new StringBuilder();
        counts.forEach((s, n) -> bySeverity.append(bySeverity.length() == 0 ? "" : ", ").append(n).append(' ').append(s.id()));
        return total + " finding" + (total == 1 ? "" : "s") + " in scan " + scan.id()
                + (total == 0 ? "" : ": " + bySeverity);
    }

    private static void line(PrintWriter out, Finding f, FindingTriage t) {
        FindingSubject s = f.subject();
        String target = s.target() == null ? "" : " -> " + s.target() + (s.port() == null ? "" : ":" + s.port());
        String where = (s.protocol() == null ? "" : s.protocol()) + (s.layer() == null ? "" : ", " + s.layer() + " layer");
        out.printf("%-8s  %-22s %s%s%s%n", f.severity().id().toUpperCase(Locale.ROOT), f.rule(), s.key(),
                where.isEmpty() ? "" : " (" + where + ")", target);
        out.printf("%-8s  %s%n", "", f.message());
        out.printf("%-8s  status %s%n", "", status(t));
        out.printf("%-8s  %s %s, fingerprint %s%n%n", "", s.sourceName(), s.sourceRow(), f.fingerprint());
    }

    /** "accepted-risk until 2027-06-30: reason — j.doe, time", or "open (false-positive waiver expired after ...)". */
    static String status(FindingTriage t) {
        StringBuilder out = new StringBuilder(t.status().id());
        if (t.waiverStatus() != null && t.waiverExpired()) {
            out.append(" (").append(t.waiverStatus().id()).append(" waiver expired after ").append(t.waiverUntil())
                    .append(')');
        } else if (t.waiverStatus() != null && t.status().isWaiver()) {
            out.append(" until ").append(t.waiverUntil()).append(": ").append(t.waiverReason());
        }
        if (t.decidedBy() != null) {
            out.append(" — ").append(t.decidedBy()).append(", ").append(t.decidedAt());
        }
        if (t.comment() != null) {
            out.append(" — ").append(t.comment());
        }
        return out.toString();
    }
}
