package org.auditbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.ImportListener;
import org.auditbench.importer.ImportOptions;
import org.auditbench.importer.ImportResult;
import org.auditbench.importer.ImportService;
import org.auditbench.model.Scan;
import org.auditbench.model.Severity;
import org.auditbench.rules.engine.PolicyDocument;
import org.auditbench.rules.engine.PolicyLoader;
import org.auditbench.rules.engine.ScanService;
import org.auditbench.workspace.FindingQuery;
import org.auditbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gate SOURCE}: the pipeline check. Imports the source into a temporary workspace, scans it, prints the
 * findings and exits 1 when any is at or above the threshold (0 otherwise, 2 on error). Leaves nothing behind.
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = "Import a source into a temporary workspace, scan it and fail (exit 1) when a finding reaches"
                + " the threshold.")
final class GateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The file to check.")
    Path source;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy YAML; default: the built-in policy.")
    Path policyFile;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "high",
            description = "critical, high, medium or low: fail when a finding is at least this severe"
                    + " (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print the findings: text, json, csv or sarif (default: ${DEFAULT-VALUE}).")
    FindingsFormat format;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", description = "Map a canonical field to a source column (repeatable).")
    List<String> mappings = new ArrayList<>();

    @Option(names = "--source-format", paramLabel = "FORMAT", description = "Source format, instead of detecting it.")
    String sourceFormat;

    @Option(names = "--environment", paramLabel = "ENV", description = "Environment of rows that do not state one.")
    String environment;

    @Option(names = "--layer", paramLabel = "LAYER", description = "Lookup layer of rows that do not state one.")
    String layer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Severity threshold = threshold(failOn);
        if (!Files.isRegularFile(source)) {
            throw new ImportException(source + (Files.exists(source) ? " is not a file" : " does not exist"));
        }
        PolicyLoader loader = new PolicyLoader();
        PolicyDocument policy = policyFile == null ? loader.builtIn() : loader.load(policyFile);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = Files.createTempDirectory("auditbench-gate");
        try {
            Map<Severity, Long> counts;
            Scan scan;
            try (Workspace ws = Workspace.open(dir.resolve("gate.db"))) {
                ImportOptions options = new ImportOptions(sourceFormat, null, "gate", environment, layer, mappings, false);
                ImportResult imported = new ImportService(ws).run(ImportInput.of(source), options, ImportListener.NONE);
                if (imported.rejected() > 0) {
                    err.printf("auditbench gate: %d row(s) of %s were rejected and not checked, e.g. %s: %s%n",
                            imported.rejected(), source, imported.firstRejects().get(0).locator(),
                            imported.firstRejects().get(0).reason());
                }
                new ScanService(ws).scan(policy);
                scan = ws.scans().latest().orElseThrow();
                counts = FindingsOutput.print(format, ws, scan, FindingQuery.ALL, out);
            }
            long reached = counts.entrySet().stream().filter(e -> e.getKey().atLeast(threshold))
                    .mapToLong(Map.Entry::getValue).sum();
            err.printf("auditbench gate: %s; %d at or above %s -> %s%n", FindingsOutput.summary(scan, counts), reached,
                    threshold.id(), reached > 0 ? "FAIL" : "pass");
            err.flush();
            return reached > 0 ? AuditbenchCli.GATE_FAILED : AuditbenchCli.OK;
        } finally {
            deleteQuietly(dir);
        }
    }

    private static Severity threshold(String text) {
        Severity level = Severity.parse(text);
        if (level == Severity.INFO) {
            throw new IllegalArgumentException("--fail-on must be critical, high, medium or low (info findings never fail a gate)");
        }
        return level;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder the system cleans up anyway
        }
    }
}
