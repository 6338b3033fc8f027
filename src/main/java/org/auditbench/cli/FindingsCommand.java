package org.auditbench.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.auditbench.model.Finding;
import org.auditbench.model.FindingSubject;
import org.auditbench.model.Scan;
import org.auditbench.model.Severity;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FindingQuery query = new FindingQuery(minSeverity == null ? null : Severity.parse(minSeverity), rules);
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.openExisting()) {
            Scan scan = (scanId == null ? ws.scans().latest() : ws.scans().byId(scanId)).orElseThrow(() ->
                    new WorkspaceException(scanId == null ? ws.file() + " has not been scanned yet; run auditbench scan"
                            : "there is no scan " + scanId + " in " + ws.file()));
            if (format == OutputFormat.JSON) {
                json(ws, scan, query, out);
            } else {
                text(ws, scan, query, out);
            }
        }
        return AuditbenchCli.OK;
    }

    private static void json(Workspace ws, Scan scan, FindingQuery query, PrintWriter out) throws Exception {
        try (JsonOut json = new JsonOut(out)) {
            json.generator().writeStartArray();
            ws.findings().<java.io.IOException>forEach(scan.id(), query, f -> {
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
                json.generator().writeEndObject();
            });
            json.generator().writeEndArray();
        }
    }

    private static void text(Workspace ws, Scan scan, FindingQuery query, PrintWriter out) throws Exception {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        ws.findings().<RuntimeException>forEach(scan.id(), query, f -> {
            counts.merge(f.severity(), 1L, Long::sum);
            print(out, f);
        });
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder summary = new StringBuilder();
        counts.forEach((s, n) -> summary.append(summary.length() == 0 ? "" : ", ").append(n).append(' ').append(s.id()));
        out.printf("%d finding%s in scan %d%s%n", total, total == 1 ? "" : "s", scan.id(),
                total == 0 ? "" : ": " + summary);
    }

    private static void print(PrintWriter out, Finding f) {
        FindingSubject s = f.subject();
        String target = s.target() == null ? "" : " -> " + s.target() + (s.port() == null ? "" : ":" + s.port());
        String where = (s.protocol() == null ? "" : s.protocol()) + (s.layer() == null ? "" : ", " + s.layer() + " layer");
        out.printf("%-8s  %-22s %s%s%s%n", f.severity().id().toUpperCase(java.util.Locale.ROOT), f.rule(), s.key(),
                where.isEmpty() ? "" : " (" + where + ")", target);
        out.printf("%-8s  %s%n", "", f.message());
        out.printf("%-8s  %s %s, fingerprint %s%n%n", "", s.sourceName(), s.sourceRow(), f.fingerprint());
    }
}
