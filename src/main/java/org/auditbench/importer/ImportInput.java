package org.auditbench.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Something to import: a file on disk, or a named stream (the demo data inside the jar).
 *
 * @param name    what to call it in messages and the default source name
 * @param locator where it is (a path or resource name), stored with the snapshot
 */
public record ImportInput(String name, String locator, Path path, StreamOpener opener) {

    /** Opens the bytes of the input; called once per import. */
    @FunctionalInterface
    public interface StreamOpener {
        InputStream open() throws IOException;
    }

    public ImportInput {
        Objects.requireNonNull(name);
        Objects.requireNonNull(opener);
    }

    public static ImportInput of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new ImportInput(file.getFileName().toString(), absolute.toString(), absolute,
                () -> Files.newInputStream(absolute));
    }

    public static ImportInput ofResource(Class<?> anchor, String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return new ImportInput(name, "resource:" + resource, null, () -> {
            InputStream in = anchor.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("resource " + resource + " is missing from the build");
            }
            return in;
        });
    }

    /** The file name's extension, lower-case, without the dot; empty when there is none. */
    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
