package org.auditbench.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reserved and special-use name catalogue (IANA Special-Use Domain Names + ICANN {@code internal}).
 * A name is reserved when it equals one of the catalogue's names or lies under it.
 */
public final class ReservedNames {

    private static final String RESOURCE = "special-use-domains.csv";
    private static final ReservedNames BUILT_IN = load();

    private final Map<String, ReservedName> byName;

    private ReservedNames(Map<String, ReservedName> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static ReservedNames builtIn() {
        return BUILT_IN;
    }

    /**
     * The catalogue entry {@code name} equals or lies under, found by walking its suffixes.
     * {@code name} must already be normalised (lower-case A-labels, no trailing dot).
     */
    public Optional<ReservedName> match(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        String suffix = name;
        while (true) {
            ReservedName hit = byName.get(suffix);
            if (hit != null) {
                return Optional.of(hit);
            }
            int dot = suffix.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            suffix = suffix.substring(dot + 1);
        }
    }

    public Collection<ReservedName> all() {
        return byName.values();
    }

    private static ReservedNames load() {
        try (InputStream in = ReservedNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, ReservedName> names = new HashMap<>();
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", 3);
                names.put(cells[0], new ReservedName(cells[0], cells[1], cells[2]));
            }
            return new ReservedNames(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
