package org.auditbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.ImportListener;
import org.auditbench.importer.ImportOptions;
import org.auditbench.importer.ImportResult;
import org.auditbench.importer.ImportService;
import org.auditbench.importer.Importers;
import org.auditbench.model.Reject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import SOURCE}: one source into the workspace as a new snapshot, in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a configuration source into the workspace as a new snapshot.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The file to import.")
    Path source;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Source format, instead of detecting it.")
    String format;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN",
            description = "Map a canonical field to a source column (repeatable), e.g. --map target=MailServer.")
    List<String> mappings = new ArrayList<>();

    @Option(names = "--source", paramLabel = "NAME",
            description = "Logical source name, so next quarter's export is compared with this one (default: file name).")
    String sourceName;

    @Option(names = "--label", paramLabel = "TEXT", description = "A label for this snapshot, e.g. 2026Q4.")
    String label;

    @Option(names = "--environment", paramLabel = "ENV", description = "Environment of rows that do not state one.")
    String environment;

    @Option(names = "--layer", paramLabel = "LAYER", description = "Lookup layer of rows that do not state one.")
    String layer;

    @Option(names = "--force", description = "Import even if the source is unchanged since its last snapshot.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(source)) {
            throw new ImportException(source + " does not exist");
        }
        if (Files.isDirectory(source)) {
            throw new ImportException(source + " is a folder; this build imports files (" + Importers.formatIds() + ")");
        }
        if (!Files.isReadable(source)) {
            throw new ImportException(source + " cannot be read (permission denied)");
        }
        ImportOptions options = new ImportOptions(format, sourceName, label, environment, layer, mappings, force);
        ImportResult result = workspace.withWorkspace(ws ->
                new ImportService(ws).run(ImportInput.of(source), options, ImportListener.NONE));
        print(spec.commandLine().getOut(), result);
        return AuditbenchCli.OK;
    }

    private void print(PrintWriter out, ImportResult r) {
        if (r.unchanged()) {
            out.printf("%s is unchanged since snapshot %d of source '%s' (same SHA-256 %s); nothing imported."
                    + " Use --force to import it again.%n", source, r.snapshotId(), r.sourceName(), r.sha256());
            return;
        }
        out.printf("Imported %s (%s) as snapshot %d of source '%s': %d entries, %d rejected.%n", source, r.format(),
                r.snapshotId(), r.sourceName(), r.imported(), r.rejected());
        out.printf("SHA-256 %s%n", r.sha256());
        if (r.rejected() > 0) {
            out.printf("Rejected rows (kept in the workspace with their raw text):%n");
            for (Reject reject : r.firstRejects()) {
                out.printf("  %s: %s%n", reject.locator(), reject.reason());
            }
            if (r.rejected() > r.firstRejects().size()) {
                out.printf("  ... and %d more%n", r.rejected() - r.firstRejects().size());
            }
        }
    }
}
