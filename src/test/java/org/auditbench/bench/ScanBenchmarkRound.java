package org.auditbench.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.catalog.RuleCatalog;
import org.auditbench.rules.engine.PolicyDocument;
import org.auditbench.rules.engine.PolicyException;
import org.auditbench.rules.engine.PolicyLoader;
import org.auditbench.rules.engine.ScanResult;
import org.auditbench.rules.engine.ScanService;
import org.auditbench.workspace.Workspace;

/**
 * One round of {@link ScanBenchmark} in a JVM of its own: scans the workspace named by the first argument with
 * every rule and the demo policy, then scans it again in the same JVM, and prints one line the benchmark reads:
 * {@code round <scan s> <scan CPU s> <rescan s> <entries> <findings>}.
 *
 * <p>With {@code --no-rules} as the second argument every rule of the catalogue is disabled in the demo policy: the
 * scan still reads, unpacks and keys every entry and writes the scan, which is the floor any scan pays before a rule
 * runs.
 */
public final class ScanBenchmarkRound {

    private ScanBenchmarkRound() {
    }

    public static void main(String[] args) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            long cpu = os.getProcessCpuTime();
            long t = System.nanoTime();
            boolean noRules = args.length > 1 && args[1].equals("--no-rules");
            ScanResult result = new ScanService(ws).scan(policy(noRules));
            double scan = (System.nanoTime() - t) / 1e9;
            double scanCpu = (os.getProcessCpuTime() - cpu) / 1e9;
            // the workbench's case: the same scan again in a running JVM, its code compiled by now
            t = System.nanoTime();
            new ScanService(ws).scan(policy(noRules));
            double rescan = (System.nanoTime() - t) / 1e9;
            System.out.printf(java.util.Locale.ROOT, "round %.3f %.3f %.3f %d %d%n", scan, scanCpu, rescan,
                    result.entries(), result.findings());
        }
    }

    /** The demo policy, or the demo policy with every rule of the catalogue disabled. */
    static PolicyDocument policy(boolean noRules) throws IOException, PolicyException {
        PolicyDocument demo = DemoWorkspace.policy();
        if (!noRules) {
            return demo;
        }
        String all = RuleCatalog.all().stream().map(Rule::id).collect(Collectors.joining(", ", "[", "]"));
        String text = demo.text().replaceFirst("(?m)^disabledRules:.*$", "disabledRules: " + all);
        if (text.equals(demo.text())) {
            throw new IllegalStateException("the demo policy has no disabledRules line to replace");
        }
        return new PolicyLoader().parseChecked(text, demo.origin() + ", every rule disabled");
    }
}
