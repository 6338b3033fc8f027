package org.auditbench.importer.zone;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.auditbench.importer.ImportException;

/**
 * Checks a zone file's {@code $INCLUDE} directives before dnsjava follows them: an included file must lie
 * in the zone file's own folder (a zone file could otherwise pull in any file on the machine), must exist,
 * and must not include itself round in a circle.
 */
final class Includes {

    private Includes() {
    }

    /** Every file {@code zone} includes, directly or not; throws naming file and line for a refused one. */
    static List<Path> check(Path zone) throws ImportException {
        Path folder;
        try {
            folder = zone.toAbsolutePath().getParent().toRealPath();
        } catch (IOException e) {
            throw new ImportException(zone + ": cannot read the folder: " + e.getMessage(), e);
        }
        Set<Path> seen = new LinkedHashSet<>();
        collect(zone.toAbsolutePath(), folder, seen, new ArrayList<>());
        seen.remove(zone.toAbsolutePath().normalize());
        return new ArrayList<>(seen);
    }

    private static void collect(Path file, Path folder, Set<Path> seen, List<Path> chain) throws ImportException {
        Path normal = file.normalize();
        if (chain.contains(normal)) {
            throw new ImportException(chain.get(chain.size() - 1).getFileName() + ": $INCLUDE of " + file.getFileName()
                    + " goes round in a circle");
        }
        seen.add(normal);
        chain.add(normal);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            int lineNumber = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNumber++;
                String trimmed = line.stripLeading();
                if (!trimmed.toUpperCase(Locale.ROOT).startsWith("$INCLUDE")) {
                    continue;
                }
                String[] words = trimmed.split("\\s+");
                if (words.length < 2) {
                    throw new ImportException(file.getFileName() + ": line " + lineNumber + ": $INCLUDE names no file");
                }
                String target = words[1].replace("\"", "");
                Path included = resolve(file, folder, target, lineNumber);
                collect(included, folder, seen, chain);
            }
        } catch (IOException e) {
            throw new ImportException(file.getFileName() + ": cannot read the file: " + e.getMessage(), e);
        }
        chain.remove(chain.size() - 1);
    }

    private static Path resolve(Path file, Path folder, String target, int line) throws ImportException {
        Path candidate = Path.of(target);
        Path resolved = candidate.isAbsolute() ? candidate : file.toAbsolutePath().getParent().resolve(candidate);
        Path real;
        try {
            real = resolved.toRealPath();
        } catch (IOException e) {
            throw new ImportException(file.getFileName() + ": line " + line + ": $INCLUDE " + target
                    + ": the file does not exist");
        }
        if (!real.getParent().equals(folder)) {
            throw new ImportException(file.getFileName() + ": line " + line + ": $INCLUDE " + target
                    + " is refused: only files in the zone file's own folder (" + folder + ") may be included");
        }
        return resolved;
    }
}
