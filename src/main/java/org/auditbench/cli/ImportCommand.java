package org.auditbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.ImportListener;
import org.auditbench.importer.ImportOptions;
import org.auditbench.importer.ImportResult;
import org.auditbench.importer.ImportService;
import org.auditbench.importer.Importer;
import org.auditbench.importer.Importers;
import org.auditbench.importer.SourceSelection;
import org.auditbench.importer.jdbc.JdbcImporter;
import org.auditbench.importer.jdbc.SelectStatements;
import org.auditbench.importer.sqlite.SqliteImporter;
import org.auditbench.importer.xlsx.XlsxImporter;
import org.auditbench.model.Reject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import SOURCE}: one source into the workspace as a new snapshot, in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a configuration source into the workspace as a new snapshot.",
                "SOURCE is a file (CSV/TSV, JSON/JSON Lines, XLSX, SQLite, zone file, Thunderbird autoconfig or"
                        + " autodiscover XML), a folder (an ISPDB of autoconfig files, zone files, autodiscover"
                        + " responses) or a JDBC URL (jdbc:postgresql://..., jdbc:mariadb://...)."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The file, folder or jdbc: URL to import.")
    String source;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Source format instead of detecting it: csv, tsv, json, xlsx, sqlite, zone, autoconfig,"
                    + " autodiscover-xml.")
    String format;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN",
            description = "Map a canonical field to a source column (repeatable), e.g. --map target=MailServer.")
    List<String> mappings = new ArrayList<>();

    @Option(names = "--mapping", paramLabel = "NAME", description = "Map columns exactly as the mapping saved under NAME.")
    String mappingName;

    @Option(names = "--save-mapping", paramLabel = "NAME",
            description = "Save the mapping this import uses under NAME, for next quarter's --mapping NAME.")
    String saveMapping;

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

    @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX: the worksheet (name or 1-based number; default the first).")
    String sheet;

    @Option(names = "--table", paramLabel = "NAME", description = "SQLite/JDBC: the table or view (schema.table allowed).")
    String table;

    @Option(names = "--query", paramLabel = "SELECT", description = "SQLite/JDBC: a SELECT statement instead of a table.")
    String query;

    @Option(names = "--origin", paramLabel = "DOMAIN",
            description = "Zone files: origin for relative names when the file has no $ORIGIN (default: from the file name).")
    String origin;

    @Option(names = "--user", paramLabel = "USER", description = "JDBC: the database user (or put user= in the URL).")
    String user;

    @Option(names = "--password-env", paramLabel = "VARIABLE",
            description = "JDBC: read the password from this environment variable.")
    String passwordEnv;

    @Option(names = "--password", arity = "0", interactive = true,
            description = "JDBC: prompt for the password (it is never stored or logged).")
    char[] password;

    @Option(names = "--list", description = "List the sheets (XLSX) or tables and views (SQLite, JDBC) and import nothing.")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean jdbc = source.toLowerCase(Locale.ROOT).startsWith("jdbc:");
        if (table != null && query != null) {
            throw new ImportException("give either --table or --query, not both");
        }
        SourceSelection selection = new SourceSelection(sheet, table, query, origin);
        ImportOptions options = new ImportOptions(format, sourceName, label, environment, layer, mappings, force,
                selection, mappingName, saveMapping);
        PrintWriter out = spec.commandLine().getOut();
        if (jdbc) {
            JdbcImporter importer = new JdbcImporter(user, password());
            try {
                ImportInput input = JdbcImporter.input(source);
                if (list) {
                    importer.tables(input).forEach(t -> out.println(t));
                    return AuditbenchCli.OK;
                }
                return runImport(importer, input, options, out);
            } finally {
                importer.clearPassword();
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }
        if (user != null || passwordEnv != null || password != null) {
            throw new ImportException("--user, --password-env and --password are for jdbc: sources only");
        }
        Path path = Path.of(source);
        if (!Files.exists(path)) {
            throw new ImportException(source + " does not exist");
        }
        if (!Files.isReadable(path)) {
            throw new ImportException(source + " cannot be read (permission denied)");
        }
        ImportInput input = ImportInput.of(path);
        if (list) {
            return listParts(input, out);
        }
        return runImport(Importers.choose(input, format), input, options, out);
    }

    private int runImport(Importer importer, ImportInput input, ImportOptions options, PrintWriter out) throws Exception {
        ImportResult result = workspace.withWorkspace(ws -> new ImportService(ws).run(importer, input, options,
                ImportListener.NONE));
        print(out, input.name(), result);
        return AuditbenchCli.OK;
    }

    private int listParts(ImportInput input, PrintWriter out) throws ImportException {
        Importer importer = Importers.choose(input, format);
        if (importer instanceof XlsxImporter) {
            XlsxImporter.sheets(input).forEach(out::println);
        } else if (importer instanceof SqliteImporter) {
            SqliteImporter.tables(input).stream().map(SelectStatements.Table::toString).forEach(out::println);
        } else {
            throw new ImportException(source + " is " + importer.format() + ", which has no sheets or tables to list");
        }
        return AuditbenchCli.OK;
    }

    /** The password from --password-env or the --password prompt; null when neither is given. */
    private char[] password() throws ImportException {
        if (passwordEnv != null && password != null) {
            throw new ImportException("give either --password-env or --password, not both");
        }
        if (passwordEnv != null) {
            String value = System.getenv(passwordEnv);
            if (value == null) {
                throw new ImportException("environment variable " + passwordEnv + " (named by --password-env) is not set");
            }
            return value.toCharArray();
        }
        return password;
    }

    private void print(PrintWriter out, String name, ImportResult r) {
        if (r.unchanged()) {
            out.printf("%s is unchanged since snapshot %d of source '%s' (same SHA-256 %s); nothing imported."
                    + " Use --force to import it again.%n", name, r.snapshotId(), r.sourceName(), r.sha256());
            return;
        }
        out.printf("Imported %s (%s) as snapshot %d of source '%s': %d entries, %d rejected.%n", name, r.format(),
                r.snapshotId(), r.sourceName(), r.imported(), r.rejected());
        out.printf("SHA-256 %s%n", r.sha256());
        if (saveMapping != null) {
            out.printf("Mapping saved as '%s'; reuse it with --mapping %s.%n", saveMapping, saveMapping);
        }
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
