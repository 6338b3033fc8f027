package org.auditbench.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files a file-or-folder input stands for: the file itself, or the folder's visible files in name order. */
public final class SourceFiles {

    private SourceFiles() {
    }

    public static boolean isFolder(ImportInput input) {
        return input.path() != null && Files.isDirectory(input.path());
    }

    /** The regular, non-hidden files directly inside {@code folder}, sorted by name. */
    public static List<Path> inFolder(Path folder) throws ImportException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ImportException(folder + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    /** The first bytes of a file, for content sniffing. */
    public static byte[] head(Path file, int bytes) throws ImportException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(bytes);
        } catch (IOException e) {
            throw new ImportException(file + ": cannot read the file: " + e.getMessage(), e);
        }
    }
}
