package org.auditbench.workspace;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * SHA-256 of a sequence of lines (each followed by a newline). The audit row of a decision carries the
 * digest of its sorted fingerprints, so verify can tell whether decision rows were added or removed.
 */
public final class ListDigest {

    private final Hasher hasher = Hashing.sha256().newHasher();
    private long count;

    public ListDigest add(String line) {
        hasher.putString(line == null ? "" : line, StandardCharsets.UTF_8).putByte((byte) '\n');
        count++;
        return this;
    }

    public long count() {
        return count;
    }

    /** The digest; call once, after the last {@link #add}. */
    public String hex() {
        return hasher.hash().toString();
    }
}
