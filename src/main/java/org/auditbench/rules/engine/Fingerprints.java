package org.auditbench.rules.engine;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * The stable identity of a finding across re-imports: a hash of source name, rule, layer, protocol,
 * normalised key and normalised target — nothing that changes when the same data is imported again.
 */
public final class Fingerprints {

    private static final int HEX_LENGTH = 32;

    private Fingerprints() {
    }

    public static String of(String sourceName, String rule, String layer, String protocol, String key, String target) {
        Hasher hasher = Hashing.sha256().newHasher();
        for (String part : new String[] {sourceName, rule, layer, protocol, key, target}) {
            hasher.putString(part == null ? "" : part, StandardCharsets.UTF_8).putByte((byte) 0);
        }
        return hasher.hash().toString().substring(0, HEX_LENGTH);
    }
}
