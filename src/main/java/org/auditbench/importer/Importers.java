package org.auditbench.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.auditbench.importer.csv.CsvImporter;

/** The formats this build reads, and the choice of one for an input: by {@code --format}, else by name and content. */
public final class Importers {

    private static final List<Importer> ALL = List.of(CsvImporter.csv(), CsvImporter.tsv());

    private Importers() {
    }

    public static List<Importer> all() {
        return ALL;
    }

    public static String formatIds() {
        return ALL.stream().map(Importer::format).collect(Collectors.joining(", "));
    }

    /** The importer for {@code input}; {@code format} (may be null) overrides detection. */
    public static Importer choose(ImportInput input, String format) throws ImportException {
        if (format != null && !format.isBlank()) {
            String wanted = format.strip().toLowerCase(Locale.ROOT);
            return ALL.stream().filter(i -> i.format().equals(wanted)).findFirst()
                    .orElseThrow(() -> new ImportException("unknown format '" + format + "'; formats are " + formatIds()));
        }
        byte[] head = head(input);
        return ALL.stream().filter(i -> i.accepts(input, head)).findFirst()
                .orElseThrow(() -> new ImportException(input.name() + ": cannot tell its format from the name;"
                        + " give one with --format (" + formatIds() + ")"));
    }

    private static byte[] head(ImportInput input) throws ImportException {
        try (InputStream in = input.opener().open()) {
            return in.readNBytes(4096);
        } catch (IOException e) {
            throw new ImportException(input.name() + ": cannot read the file: " + e.getMessage(), e);
        }
    }
}
