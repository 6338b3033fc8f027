package org.auditbench.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.auditbench.importer.csv.CsvImporter;
import org.auditbench.importer.json.JsonImporter;
import org.auditbench.importer.sqlite.SqliteImporter;
import org.auditbench.importer.xlsx.XlsxImporter;
import org.auditbench.importer.xml.AutoconfigImporter;
import org.auditbench.importer.xml.AutodiscoverXmlImporter;
import org.auditbench.importer.zone.ZoneImporter;

/**
 * The file formats this build reads, and the choice of one for an input: by {@code --format}, else by
 * name and content, most specific first. JDBC sources are not chosen here: they need credentials, so
 * the caller builds a {@link org.auditbench.importer.jdbc.JdbcImporter} itself.
 */
public final class Importers {

    private static final List<Importer> ALL = List.of(new SqliteImporter(), new XlsxImporter(),
            new AutoconfigImporter(), new AutodiscoverXmlImporter(), new JsonImporter(), new ZoneImporter(),
            CsvImporter.csv(), CsvImporter.tsv());

    private Importers() {
    }

    public static List<Importer> all() {
        return ALL;
    }

    public static String formatIds() {
        return ALL.stream().map(Importer::format).collect(Collectors.joining(", ")) + ", jdbc";
    }

    /** The importer for {@code input}; {@code format} (may be null) overrides detection. */
    public static Importer choose(ImportInput input, String format) throws ImportException {
        boolean folder = SourceFiles.isFolder(input);
        if (format != null && !format.isBlank()) {
            String wanted = format.strip().toLowerCase(Locale.ROOT);
            if (wanted.equals("jdbc")) {
                throw new ImportException(input.name() + ": --format jdbc needs a jdbc: URL as the source");
            }
            Importer importer = ALL.stream().filter(i -> i.format().equals(wanted)).findFirst()
                    .orElseThrow(() -> new ImportException("unknown format '" + format + "'; formats are " + formatIds()));
            if (folder && !importer.readsFolders()) {
                throw new ImportException(input.name() + " is a folder, and " + importer.format() + " is imported one"
                        + " file at a time; formats that read folders: " + folderFormats());
            }
            return importer;
        }
        if (input.name().toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            throw new ImportException(input.name() + ": database connections are imported with their credentials;"
                    + " use the import command's --user/--password-env options");
        }
        if (folder) {
            return chooseForFolder(input);
        }
        byte[] head = head(input);
        if (head.length == 0) {
            throw new ImportException(input.name() + ": the file is empty");
        }
        return ALL.stream().filter(i -> i.accepts(input, head)).findFirst()
                .orElseThrow(() -> new ImportException(input.name() + ": cannot tell its format from its name or"
                        + " content; give one with --format (" + formatIds() + ")"));
    }

    /** The folder format that claims the most files of the folder (an ISPDB: autoconfig). */
    private static Importer chooseForFolder(ImportInput input) throws ImportException {
        List<Path> files = SourceFiles.inFolder(input.path());
        if (files.isEmpty()) {
            throw new ImportException(input.name() + ": the folder holds no files");
        }
        Importer best = null;
        long bestCount = 0;
        for (Importer importer : ALL) {
            if (!importer.readsFolders()) {
                continue;
            }
            long count = 0;
            for (Path file : files) {
                if (importer.accepts(ImportInput.of(file), SourceFiles.head(file, 4096))) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = importer;
                bestCount = count;
            }
        }
        if (best == null) {
            throw new ImportException(input.name() + ": none of the folder's files is of a format that imports as a"
                    + " folder (" + folderFormats() + "); import its files one by one");
        }
        return best;
    }

    private static String folderFormats() {
        return ALL.stream().filter(Importer::readsFolders).map(Importer::format).collect(Collectors.joining(", "));
    }

    private static byte[] head(ImportInput input) throws ImportException {
        try (InputStream in = input.opener().open()) {
            return in.readNBytes(4096);
        } catch (IOException e) {
            throw new ImportException(input.name() + ": cannot read the file: " + e.getMessage(), e);
        }
    }
}
