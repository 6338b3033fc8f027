package org.auditbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.auditbench.generate.ConfigGenerator;
import org.auditbench.generate.CsvRowSink;
import org.auditbench.generate.RowSink;
import org.auditbench.importer.sqlite.SqliteRowSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code generate --entries N --out FILE}: a synthetic provider configuration for benchmarks and demos. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic autodiscover configuration table (the demo CSV's columns) with a realistic"
                + " mix of layers, owners and partners, and planted problems for every rule.",
                "The same --seed always gives the same file; --revision 2 is the same table a quarter later."})
final class GenerateCommand implements Callable<Integer> {

    enum Format { csv, sqlite }

    @Option(names = "--entries", required = true, paramLabel = "N", description = "How many rows to write.")
    long entries;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (default) or sqlite (one table named autodiscover).")
    Format format;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2026", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--revision", paramLabel = "R", defaultValue = "1",
            description = "1 for the base table; 2, 3, ... for later quarters (targets changed, rows added and removed).")
    int revision;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (entries < 0) {
            throw new IllegalArgumentException("--entries must be 0 or more, not " + entries);
        }
        if (revision < 1) {
            throw new IllegalArgumentException("--revision must be 1 or more, not " + revision);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("cannot write " + out + ": folder " + parent + " does not exist");
        }
        long started = System.nanoTime();
        long written;
        try (RowSink sink = format == Format.csv ? new CsvRowSink(out, ConfigGenerator.COLUMNS)
                : new SqliteRowSink(out, "autodiscover", ConfigGenerator.COLUMNS)) {
            written = new ConfigGenerator(seed, revision).generate(entries, sink);
        }
        spec.commandLine().getOut().printf("Wrote %d entries to %s (%s, seed %d, revision %d) in %.1f s.%n", written, out,
                format, seed, revision, (System.nanoTime() - started) / 1e9);
        return AuditbenchCli.OK;
    }
}
