package org.auditbench.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.rules.engine.ScanResult;
import org.auditbench.rules.engine.ScanService;
import org.auditbench.workspace.Workspace;

/**
 * One round of {@link ScanBenchmark} in a JVM of its own: scans the workspace named by the first argument with
 * every rule and the demo policy, then scans it again in the same JVM, and prints one line the benchmark reads:
 * {@code round <scan s> <scan CPU s> <rescan s> <entries> <findings>}.
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
            ScanResult result = new ScanService(ws).scan(DemoWorkspace.policy());
            double scan = (System.nanoTime() - t) / 1e9;
            double scanCpu = (os.getProcessCpuTime() - cpu) / 1e9;
            // the workbench's case: the same scan again in a running JVM, its code compiled by now
            t = System.nanoTime();
            new ScanService(ws).scan(DemoWorkspace.policy());
            double rescan = (System.nanoTime() - t) / 1e9;
            System.out.printf(java.util.Locale.ROOT, "round %.3f %.3f %.3f %d %d%n", scan, scanCpu, rescan,
                    result.entries(), result.findings());
        }
    }
}
