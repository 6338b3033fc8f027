package org.auditbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.auditbench.model.Scan;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;
import org.auditbench.rules.catalog.RuleCatalog;
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
            description = "text, json, csv or sarif (SARIF 2.1.0 for code-scanning viewers; default: ${DEFAULT-VALUE}).")
    FindingsFormat format;

    @Option(names = "--min-severity", paramLabel = "LEVEL", description = "Only findings at least this severe.")
    String minSeverity;

    @Option(names = "--rule", paramLabel = "ID", description = "Only findings of this rule (repeatable).")
    Set<String> rules = new LinkedHashSet<>();

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only findings with this triage status (repeatable): open, remediate, accepted-risk,"
                    + " false-positive.")
    Set<String> statuses = new LinkedHashSet<>();

    @Option(names = "--scan", paramLabel = "ID", description = "A scan id instead of the latest scan.")
    Long scanId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (String rule : rules) {
            if (!RuleCatalog.CATALOGUE_IDS.contains(rule)) {
                throw new IllegalArgumentException("--rule: unknown rule id '" + rule + "' (rule ids are "
                        + String.join(", ", RuleCatalog.CATALOGUE_IDS) + ")");
            }
        }
        Set<TriageStatus> wanted = new LinkedHashSet<>();
        for (String status : statuses) {
            wanted.add(TriageStatus.parse(status));
        }
        FindingQuery query = new FindingQuery(minSeverity == null ? null : Severity.parse(minSeverity), rules, wanted);
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.openExisting()) {
            Scan scan = (scanId == null ? ws.scans().latest() : ws.scans().byId(scanId)).orElseThrow(() ->
                    new WorkspaceException(scanId == null ? ws.file() + " has not been scanned yet; run auditbench scan"
                            : "there is no scan " + scanId + " in " + ws.file()));
            FindingsOutput.print(format, ws, scan, query, out);
        }
        return AuditbenchCli.OK;
    }
}
