package org.auditbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.rules.engine.ScanResult;
import org.auditbench.rules.engine.ScanService;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The scan benchmark of issue 4: a 1,000,000-entry workspace scanned with every rule and the demo policy,
 * compared in the same run with the {@code sqlite3} CLI reading the same entries table to /dev/null.
 * Runs only with {@code mvn -Pbench verify} (JVM heap -Xmx512m); prints both times and their ratio (target:
 * at most 3x). It does not fail on the ratio unless {@code -Dbench.enforce=true}: shared machines make
 * timings indicative. It then scans once more in the same JVM, as a workbench rescans: the first scan of a fresh
 * JVM also pays for compiling the rules (the C2 compiler thread takes 6-8 s of CPU on two cores).
 *
 * <p>The data is the demo's Q4 table multiplied with varied customer domains (a copy's own domain is renamed
 * wherever it appears in the target, so self-hosted customers stay self-hosted), written to
 * {@code target/bench/} once and reused. {@code -Dbench.entries=N} changes the size.
 */
@Tag("bench")
class ScanBenchmark {

    private static final int ENTRIES = Integer.getInteger("bench.entries", 1_000_000);
    private static final Path DIR = Path.of("target", "bench");

    @Test
    void scanAMillionEntriesAgainstABareRead() throws Exception {
        Files.createDirectories(DIR);
        Path csv = DIR.resolve("entries-" + ENTRIES + ".csv");
        Path base = DIR.resolve("entries-" + ENTRIES + ".db");
        if (!Files.exists(base)) {
            generate(csv, ENTRIES);
            long t = System.nanoTime();
            importInAnotherJvm(csv, base);
            System.out.printf("bench: imported %,d entries in %.1f s (in a JVM of its own)%n", ENTRIES, seconds(t));
        }
        Path db = DIR.resolve("scan.db");
        Files.deleteIfExists(db);
        Files.copy(base, db);

        double[] bareCpu = {-1};
        double bare = bareRead(db, bareCpu);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long t = System.nanoTime();
        ScanResult result;
        double scan;
        double scanCpu;
        double rescan;
        try (Workspace ws = Workspace.open(db)) {
            result = new ScanService(ws).scan(DemoWorkspace.policy());
            scan = seconds(t);
            scanCpu = (os.getProcessCpuTime() - cpu) / 1e9;
            // the workbench's case: the same scan again in a running JVM, its code compiled by now
            t = System.nanoTime();
            new ScanService(ws).scan(DemoWorkspace.policy());
            rescan = seconds(t);
        }
        long maxHeap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        System.out.printf("bench: scan of %,d entries with all %d rules: %.2f s, %,d findings (heap limit %d MiB, %d cores,"
                        + " JVM %s)%n", result.entries(), org.auditbench.rules.catalog.RuleCatalog.all().size(), scan,
                result.findings(), maxHeap, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf("bench: scan used %.2f s of CPU (all threads of this JVM during the scan)%n", scanCpu);
        if (bare > 0) {
            System.out.printf("bench: sqlite3 \"SELECT * FROM entries\" > /dev/null: %.2f s (%.2f s of CPU)%n", bare,
                    bareCpu[0]);
            System.out.printf("bench: ratio scan / bare read = %.1fx wall clock (target <= 3x), %.1fx CPU time%n",
                    scan / bare, scanCpu / bareCpu[0]);
            System.out.printf("bench: the same scan again in this JVM (JIT-compiled code): %.2f s, %.1fx the bare read%n",
                    rescan, rescan / bare);
            if (Boolean.getBoolean("bench.enforce")) {
                assertThat(scan / bare).as("scan time over bare sqlite3 read").isLessThanOrEqualTo(3.0);
            }
        }
        assertThat(result.entries()).isEqualTo(ENTRIES);
    }

    /**
     * Imports with the CLI in a child JVM, so the scan below runs in a JVM whose code the import has not
     * compiled: that is the case the benchmark measures (a first scan pays for compiling the rules).
     */
    private static void importInAnotherJvm(Path csv, Path workspace) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.auditbench.Main", "import", csv.toString(), "--workspace", workspace.toString(), "--source", "bench")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("import of %s: %s", csv, output).isZero();
        assertThat(output).contains(ENTRIES + " entries, 0 rejected");
    }

    /**
     * Seconds the sqlite3 CLI takes to read every row of the entries table to /dev/null, timed by bash's
     * {@code time} so its CPU time is known too ({@code cpuSeconds[0]}); -1 when sqlite3 or bash is missing.
     */
    private static double bareRead(Path db, double[] cpuSeconds) throws IOException, InterruptedException {
        String command = "TIMEFORMAT='%3R %3U %3S'; time sqlite3 '" + db.toString().replace("'", "'\\''")
                + "' 'SELECT * FROM entries' > /dev/null";
        Process p;
        try {
            p = new ProcessBuilder("bash", "-c", command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            System.out.println("bench: bash not found (" + e.getMessage() + "); no bare-read comparison");
            return -1;
        }
        String timing = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            System.out.println("bench: sqlite3 could not read " + db + " (" + timing + "); no bare-read comparison");
            return -1;
        }
        String[] parts = timing.substring(timing.lastIndexOf('\n') + 1).split(" ");
        cpuSeconds[0] = Double.parseDouble(parts[1]) + Double.parseDouble(parts[2]);
        return Double.parseDouble(parts[0]);
    }

    private static void generate(Path csv, int entries) throws IOException {
        List<CSVRecord> demo;
        try (InputStream in = ScanBenchmark.class.getResourceAsStream("/demo/autodiscover-2026Q4.csv")) {
            demo = CSVFormat.RFC4180.builder().get().parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))
                    .getRecords();
        }
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(demo.get(0).values());
            List<CSVRecord> rows = demo.subList(1, demo.size());
            for (int i = 0, copy = 0; i < entries; copy++) {
                for (CSVRecord row : rows) {
                    if (i++ >= entries) {
                        break;
                    }
                    String[] v = row.values().clone();
                    String key = v[1];
                    String domain = key.contains("@") ? key.substring(key.indexOf('@') + 1) : key;
                    boolean keep = copy == 0 || key.matches(".*[*%^\\\\].*") || domain.startsWith("example")
                            || v[0].equals("provider") || domain.endsWith(".local") || domain.endsWith(".invalid")
                            || domain.contains("contoso");
                    if (!keep) {
                        String renamed = "c" + copy + "-" + domain;
                        v[1] = key.replace(domain, renamed);
                        v[3] = v[3].replace(domain, renamed);
                    }
                    printer.printRecord((Object[]) v);
                }
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
