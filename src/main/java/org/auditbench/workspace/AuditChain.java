package org.auditbench.workspace;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * How an audit-log row is hashed. Every field is length-prefixed so no two different rows hash the same
 * input, and the row's position ({@code seq}) is hashed too, so moving content between rows shows.
 * Writing and verifying both use this one definition.
 */
public final class AuditChain {

    /** The {@code prev_hash} of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(long seq, String at, String actor, String action, String details, String prevHash) {
        Hasher hasher = Hashing.sha256().newHasher().putLong(seq);
        for (String field : new String[] {at, actor, action, details, prevHash}) {
            byte[] bytes = (field == null ? "" : field).getBytes(StandardCharsets.UTF_8);
            hasher.putInt(bytes.length).putBytes(bytes);
        }
        return hasher.hash().toString();
    }
}
