package org.auditbench.importer;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import com.google.common.hash.HashingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * SHA-256 of what an import read: a file's bytes, or for a folder the digest of its files' relative
 * names and digests in name order (so renaming, adding or changing any file changes it).
 */
public final class SourceDigest {

    private SourceDigest() {
    }

    public static String of(ImportInput input) throws ImportException {
        try (HashingInputStream in = new HashingInputStream(Hashing.sha256(), input.opener().open())) {
            in.transferTo(OutputStream.nullOutputStream());
            return in.hash().toString();
        } catch (IOException e) {
            throw new ImportException(input.name() + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    public static String ofFile(Path file) throws ImportException {
        return of(ImportInput.of(file));
    }

    public static String ofFolder(Path folder, List<Path> files) throws ImportException {
        Hasher hasher = Hashing.sha256().newHasher();
        for (Path file : files) {
            hasher.putString(folder.relativize(file).toString().replace('\\', '/'), StandardCharsets.UTF_8)
                    .putByte((byte) 0).putString(ofFile(file), StandardCharsets.US_ASCII).putByte((byte) '\n');
        }
        return hasher.hash().toString();
    }

    /** Reads a stream to its end through a digest; for sources that are parsed from another stream. */
    public static String ofStream(String name, InputStream stream) throws ImportException {
        try (HashingInputStream in = new HashingInputStream(Hashing.sha256(), stream)) {
            in.transferTo(OutputStream.nullOutputStream());
            return in.hash().toString();
        } catch (IOException e) {
            throw new ImportException(name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
