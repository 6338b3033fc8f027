package org.auditbench.importer;

import java.util.List;

/**
 * How to import one source.
 *
 * @param format      format id, or null to detect it
 * @param sourceName  the source's logical name across quarters, or null for the input's name
 * @param mappings    {@code field=Column} overrides of the automatic column mapping
 * @param environment environment for rows that do not state one
 * @param layer       layer for rows that do not state one
 * @param force       import even when the source is byte-identical to its latest snapshot
 */
public record ImportOptions(String format, String sourceName, String label, String environment, String layer,
                            List<String> mappings, boolean force) {

    public ImportOptions {
        mappings = mappings == null ? List.of() : List.copyOf(mappings);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, null, null, List.of(), false);
    }

    public ImportOptions withSourceName(String name) {
        return new ImportOptions(format, name, label, environment, layer, mappings, force);
    }

    public ImportOptions withLabel(String newLabel) {
        return new ImportOptions(format, sourceName, newLabel, environment, layer, mappings, force);
    }
}
