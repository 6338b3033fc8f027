package org.auditbench.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.auditbench.model.Finding;
import org.auditbench.model.FindingSubject;
import org.auditbench.model.FindingTriage;
import org.auditbench.model.Scan;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;
import org.auditbench.workspace.FindingQuery;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code findings}: list what the latest scan (or a given one) found, worst first. */
@Command(name = "findings", mixinStandardHelpOptions = true,
        description = "List the findings of the latest scan, worst first.")
final class FindingsCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--min-severity", paramLabel = "LEVEL", description = "Only findings at least this severe.")
    String minSeverity;

    @Option(names = "--rule", paramLabel = "ID", description = "Only findings of this rule (repeatable).")
    Set<String> rules = new LinkedHashSet<>();

    @Option(names = "--scan", paramLabel = "ID", description = "A scan id instead of the latest scan.")
    Long scanId;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only findings with this triage status (repeatable): open, remediate, accepted-risk,"
                    + " false-positive.")
    Set<String> statuses = new LinkedHashSet<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FindingQuery query = new FindingQuery(minSeverity == null ? null : Severity.parse(minSeverity), rules);
        Set<TriageStatus> wanted = new LinkedHashSet<>();
        for (String status : statuses) {
            wanted.add(TriageStatus.parse(status));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.openExisting()) {
            Scan scan = (scanId == null ? ws.scans().latest() : ws.scans().byId(scanId)).orElseThrow(() ->
                    new WorkspaceException(scanId == null ? ws.file() + " has not been scanned yet; run auditbench scan"
                            : "there is no scan " + scanId + " in " + ws.file()));
            if (format == OutputFormat.JSON) {
                json(ws, scan, query, wanted, out);
            } else {
                text(ws, scan, query, wanted, out);
            }
        }
        return AuditbenchCli.OK;
    }

    private static void json(Workspace ws, Scan scan, FindingQuery query, Set<TriageStatus> wanted, PrintWriter out)
            throws Exception {
        try (JsonOut json = new JsonOut(out)) {
            json.generator().writeStartArray();
            ws.findings().<java.io.IOException>forEachTriaged(scan.id(), query, (f, t) -> {
                if (!wanted.isEmpty() && !wanted.contains(f.status())) {
                    return;
                }
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
            });
            json.generator().writeEndArray();
        }
    }

    private static void text(Workspace ws, Scan scan, FindingQuery query, Set<TriageStatus> wanted, PrintWriter out)
            throws Exception {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        ws.findings().<RuntimeException>forEachTriaged(scan.id(), query, (f, t) -> {
            if (!wanted.isEmpty() && !wanted.contains(f.status())) {
                return;
            }
            counts.merge(f.severity(), 1L, Long::sum);
            print(out, f, t);
        });
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder summary = new StringBuilder();
        counts.forEach((s, n) -> summary.append(summary.length() == 0 ? "" : ", ").append(n).append(' ').append(s.id()));
        out.printf("%d finding%s in scan %d%s%n", total, total == 1 ? "" : "s", scan.id(),
                total == 0 ? "" : ": " + summary);
    }

    private static void print(PrintWriter out, Finding f, FindingTriage t) {
        FindingSubject s = f.subject();
        String target = s.target() == null ? "" : " -> " + s.target() + (s.port() == null ? "" : ":" + s.port());
        String where = (s.protocol() == null ? "" : s.protocol()) + (s.layer() == null ? "" : ", " + s.layer() + " layer");
        out.printf("%-8s  %-22s %s%s%s%n", f.severity().id().toUpperCase(java.util.Locale.ROOT), f.rule(), s.key(),
                where.isEmpty() ? "" : " (" + where + ")", target);
        out.printf("%-8s  %s%n", "", f.message());
        out.printf("%-8s  status %s%n", "", status(t));
        out.printf("%-8s  %s %s, fingerprint %s%n%n", "", s.sourceName(), s.sourceRow(), f.fingerprint());
    }

    /** "accepted-risk until 2027-06-30 (j.doe: reason)", or "open (false-positive waiver lapsed 2026-01-31)". */
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
