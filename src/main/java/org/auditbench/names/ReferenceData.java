package org.auditbench.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The versions of the reference data in this build, which every scan and report records. */
public final class ReferenceData {

    private static final Map<String, String> VERSIONS = load();

    private ReferenceData() {
    }

    /** Catalogue name → version text, in name order. */
    public static Map<String, String> versions() {
        return VERSIONS;
    }

    /** One line naming every catalogue and its version, for storing with a scan. */
    public static String summary() {
        StringBuilder out = new StringBuilder();
        VERSIONS.forEach((name, version) -> {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(name).append(": ").append(version);
        });
        return out.toString();
    }

    private static Map<String, String> load() {
        Properties properties = new Properties();
        try (InputStream in = ReferenceData.class.getResourceAsStream("reference-data.properties")) {
            if (in == null) {
                throw new IllegalStateException("reference-data.properties is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> versions = new TreeMap<>();
        properties.forEach((k, v) -> versions.put(k.toString(), v.toString()));
        return Collections.unmodifiableMap(versions);
    }
}
