package org.auditbench.importer;

import java.util.List;

/**
 * How to import one source.
 *
 * @param format        format id, or null to detect it
 * @param sourceName    the source's logical name across quarters, or null for the input's name
 * @param mappings      {@code field=Column} overrides of the automatic (or saved) column mapping
 * @param environment   environment for rows that do not state one
 * @param layer         layer for rows that do not state one
 * @param force         import even when the source is byte-identical to its latest snapshot
 * @param selection     sheet, table, query or zone origin; never null
 * @param mappingName   a mapping saved in the workspace to start from instead of automatic recognition, or null
 * @param saveMappingAs save the mapping this import used under this name, or null
 */
public record ImportOptions(String format, String sourceName, String label, String environment, String layer,
                            List<String> mappings, boolean force, SourceSelection selection, String mappingName,
                            String saveMappingAs) {

    public ImportOptions {
        mappings = mappings == null ? List.of() : List.copyOf(mappings);
        selection = selection == null ? SourceSelection.NONE : selection;
        mappingName = blankToNull(mappingName);
        saveMappingAs = blankToNull(saveMappingAs);
    }

    /** The original seven-field form: no selection, no saved mappings. */
    public ImportOptions(String format, String sourceName, String label, String environment, String layer,
                         List<String> mappings, boolean force) {
        this(format, sourceName, label, environment, layer, mappings, force, SourceSelection.NONE, null, null);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, null, null, List.of(), false);
    }

    public ImportOptions withSourceName(String name) {
        return new ImportOptions(format, name, label, environment, layer, mappings, force, selection, mappingName,
                saveMappingAs);
    }

    public ImportOptions withLabel(String newLabel) {
        return new ImportOptions(format, sourceName, newLabel, environment, layer, mappings, force, selection,
                mappingName, saveMappingAs);
    }

    public ImportOptions withFormat(String newFormat) {
        return new ImportOptions(newFormat, sourceName, label, environment, layer, mappings, force, selection,
                mappingName, saveMappingAs);
    }

    public ImportOptions withSelection(SourceSelection newSelection) {
        return new ImportOptions(format, sourceName, label, environment, layer, mappings, force, newSelection,
                mappingName, saveMappingAs);
    }

    public ImportOptions withMappings(List<String> newMappings) {
        return new ImportOptions(format, sourceName, label, environment, layer, newMappings, force, selection,
                mappingName, saveMappingAs);
    }

    public ImportOptions withSavedMapping(String use, String saveAs) {
        return new ImportOptions(format, sourceName, label, environment, layer, mappings, force, selection, use,
                saveAs);
    }

    public ImportOptions withForce(boolean newForce) {
        return new ImportOptions(format, sourceName, label, environment, layer, mappings, newForce, selection,
                mappingName, saveMappingAs);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
