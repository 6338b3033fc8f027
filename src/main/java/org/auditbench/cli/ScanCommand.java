package org.auditbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.auditbench.model.Severity;
import org.auditbench.rules.engine.PolicyDocument;
import org.auditbench.rules.engine.PolicyLoader;
import org.auditbench.rules.engine.ScanResult;
import org.auditbench.rules.engine.ScanService;
import org.auditbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scan}: run the rule catalogue over the newest snapshot of every source. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan the newest snapshot of every source with the rule catalogue and a policy.")
final class ScanCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy YAML (owned domains, partners, thresholds); default: the built-in policy.")
    Path policyFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PolicyLoader loader = new PolicyLoader();
        PolicyDocument policy = policyFile == null ? loader.builtIn() : loader.load(policyFile);
        ScanResult result;
        try (Workspace ws = workspace.openExisting()) {
            result = new ScanService(ws).scan(policy);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Scan %d: %d entries in %d snapshot(s), policy %s (SHA-256 %s).%n", result.scanId(),
                result.entries(), result.snapshotIds().size(), policy.origin(), policy.sha256().substring(0, 12));
        out.printf("%d findings: %s%n", result.findings(), bySeverity(result));
        return AuditbenchCli.OK;
    }

    private static String bySeverity(ScanResult result) {
        StringBuilder out = new StringBuilder();
        for (Severity s : Severity.values()) {
            out.append(out.length() == 0 ? "" : ", ").append(result.bySeverity().getOrDefault(s, 0L)).append(' ')
                    .append(s.id());
        }
        return out.toString();
    }
}
