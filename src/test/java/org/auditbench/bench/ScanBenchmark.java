package org.auditbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The scan benchmark of issue 4: a 1,000,000-entry workspace scanned with every rule and the demo policy,
 * compared in the same run with the {@code sqlite3} CLI reading the same entries table to /dev/null.
 * Runs only with {@code mvn -Pbench verify}. Each of {@code -Dbench.rounds} rounds (default 3) times the bare read,
 * then scans a fresh copy in a JVM of its own (-Xmx512m and the launcher's options, packaging/jvm.options), so every first scan pays for compiling the rules as a
 * user's first scan does, and scans once more in that JVM, as a workbench rescans. Then it scans another fresh copy
 * in another fresh JVM with every rule disabled: the floor a scan pays before any rule runs (reading, unpacking
 * and keying every entry, starting the JIT). It prints every round and the best of each, as the import benchmark does on this shared, noisy machine, and the ratio (target: at most 3x).
 * It does not fail on the ratio unless {@code -Dbench.enforce=true}: shared machines make timings indicative.
 *
 * <p>The data is the demo's Q4 table multiplied with varied customer domains (a copy's own domain is renamed
 * wherever it appears in the target, so self-hosted customers stay self-hosted), written to
 * {@code target/bench/} once and reused. {@code -Dbench.entries=N} changes the size.
 */
@Tag("bench")
class ScanBenchmark {

    private static final int ENTRIES = Integer.getInteger("bench.entries", 1_000_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
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
        List<double[]> rounds = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            Files.deleteIfExists(db);
            Files.copy(base, db, StandardCopyOption.REPLACE_EXISTING);
            double[] bareCpu = {-1};
            double bare = bareRead(db, bareCpu);
            double[] scan = scanInAnotherJvm(db, false);
            Files.copy(base, db, StandardCopyOption.REPLACE_EXISTING);
            double[] floor = scanInAnotherJvm(db, true);
            System.out.printf("bench: round %d: sqlite3 \"SELECT * FROM entries\" > /dev/null %.2f s (%.2f s CPU);"
                            + " scan in a fresh JVM %.2f s (%.2f s CPU, %,d findings), ratio %.2fx; rescan in the same"
                            + " JVM %.2f s; no rule enabled, fresh JVM %.2f s (%.2f s CPU), %.2fx%n",
                    round, bare, bareCpu[0], scan[0], scan[1], (long) scan[4], scan[0] / bare, scan[2], floor[0],
                    floor[1], floor[0] / bare);
            assertThat((long) scan[3]).isEqualTo(ENTRIES);
            assertThat((long) floor[3]).isEqualTo(ENTRIES);
            assertThat((long) floor[4]).isZero();
            rounds.add(new double[] {bare, scan[0], scan[2], scan[0] / bare, floor[0]});
        }
        double bare = best(rounds, 0);
        double scan = best(rounds, 1);
        double rescan = best(rounds, 2);
        System.out.printf("bench: %,d entries, all %d rules, demo policy, scan JVM -Xmx512m %s, %d cores; best of %d"
                + " rounds:%n", ENTRIES, org.auditbench.rules.catalog.RuleCatalog.all().size(),
                String.join(" ", launcherOptions()),
                Runtime.getRuntime().availableProcessors(), ROUNDS);
        if (bare > 0) {
            // a round's two timings share the machine's state of the moment, so its own ratio is reported too
            System.out.printf("bench: bare read %.2f s, scan %.2f s, ratio of the bests %.1fx (target <= 3x);"
                    + " median of the rounds' ratios %.1fx%n", bare, scan, scan / bare, median(rounds, 3));
            System.out.printf("bench: rescan %.2f s, %.1fx the bare read (JIT-compiled code, as in a running workbench)%n",
                    rescan, rescan / bare);
            double floor = best(rounds, 4);
            System.out.printf("bench: the same scan with no rule enabled (reading, unpacking and keying every entry in"
                    + " a fresh JVM) %.2f s, %.1fx the bare read: the rules and their findings have %.2f s left of"
                    + " the target's %.2f s%n", floor, floor / bare, 3 * bare - floor, 3 * bare);
            if (Boolean.getBoolean("bench.enforce")) {
                assertThat(scan / bare).as("scan time over bare sqlite3 read").isLessThanOrEqualTo(3.0);
            }
        } else {
            System.out.printf("bench: scan %.2f s, rescan %.2f s (no sqlite3 for the bare read)%n", scan, rescan);
        }
    }

    private static double best(List<double[]> rounds, int column) {
        return rounds.stream().mapToDouble(r -> r[column]).min().orElse(-1);
    }

    private static double median(List<double[]> rounds, int column) {
        double[] sorted = rounds.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /**
     * Runs {@link ScanBenchmarkRound} on {@code db} in a child JVM ({@link #childJvm}), so every round's first scan pays for
     * compiling the rules as a user's first scan does: {scan s, scan CPU s, rescan s, entries, findings}. With
     * {@code noRules} every rule is disabled: what the scan costs before any rule runs.
     */
    private static double[] scanInAnotherJvm(Path db, boolean noRules) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(childJvm(ScanBenchmarkRound.class.getName(), db.toString(),
                noRules ? "--no-rules" : "--all-rules")).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("scan of %s: %s", db, output).isZero();
        String line = output.lines().filter(l -> l.startsWith("round ")).findFirst()
                .orElseThrow(() -> new AssertionError("no result from the scan round: " + output));
        String[] parts = line.split(" ");
        double[] out = new double[5];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.parseDouble(parts[i + 1]);
        }
        return out;
    }

    /**
     * A child JVM on this class path, as the launcher starts Auditbench: its JVM options (packaging/jvm.options), a
     * 512 MB heap, and the fat jar's class-data archive when mvn package wrote one for the jar there now (the archive
     * maps the jar's classes only if the class path starts with that jar, so the jar comes first).
     */
    static List<String> childJvm(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launcherOptions());
        String classPath = System.getProperty("java.class.path");
        Path jar = Path.of("target", "auditbench.jar");
        Path archive = Path.of("target", "auditbench.jsa");
        if (Files.exists(jar) && Files.exists(archive)
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            classPath = jar + java.io.File.pathSeparator + classPath;
        }
        command.addAll(List.of("-Xmx512m", "-cp", classPath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** The launcher's JVM options, from packaging/jvm.options (the benchmark runs in the project's folder). */
    static List<String> launcherOptions() throws IOException {
        return Files.readAllLines(Path.of("packaging", "jvm.options")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /**
     * Imports with the CLI in a child JVM, so the scan below runs in a JVM whose code the import has not
     * compiled: that is the case the benchmark measures (a first scan pays for compiling the rules).
     */
    private static void importInAnotherJvm(Path csv, Path workspace) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(childJvm("org.auditbench.Main", "import", csv.toString(), "--workspace",
                workspace.toString(), "--source", "bench")).redirectErrorStream(true).start();
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
