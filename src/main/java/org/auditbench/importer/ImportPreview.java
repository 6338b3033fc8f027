package org.auditbench.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import would read, before it runs: the detected format, the source's columns, its first
 * records and the automatic column mapping. Reads only the first records, so it is quick on any size.
 *
 * @param rows      the first records' values, each padded or cut to the number of columns
 * @param automatic the column each canonical field is recognised in (fields not recognised are absent)
 */
public record ImportPreview(ImportInput input, String format, List<String> columns, List<List<String>> rows,
                            Map<CanonicalField, String> automatic) {

    public ImportPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        automatic = automatic.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(automatic));
    }

    /** Opens {@code input} with the chosen (or detected, when {@code format} is null) importer and reads ahead. */
    public static ImportPreview read(ImportInput input, String format, int maxRows) throws ImportException {
        return read(Importers.choose(input, format), input, SourceSelection.NONE, maxRows);
    }

    /**
     * Reads ahead in the part {@code selection} names (a table or query of a database) with a given importer:
     * a JDBC importer holding credentials, which {@link Importers} cannot choose.
     */
    public static ImportPreview read(Importer importer, ImportInput input, SourceSelection selection, int maxRows)
            throws ImportException {
        ImportService.checkSelection(importer, input, selection);
        try (RecordReader reader = importer.open(input, selection)) {
            List<String> columns = reader.columns();
            List<List<String>> rows = new ArrayList<>();
            for (SourceRecord record; rows.size() < maxRows && (record = reader.next()) != null; ) {
                String[] values = Arrays.copyOf(record.values(), columns.size());
                List<String> row = new ArrayList<>(columns.size());
                for (String value : values) {
                    row.add(value == null ? "" : value);
                }
                rows.add(row);
            }
            Map<CanonicalField, String> automatic = new EnumMap<>(CanonicalField.class);
            ColumnMapping.Builder builder = ColumnMapping.builder(columns).automatic();
            try {
                ColumnMapping mapping = builder.build();
                for (CanonicalField field : CanonicalField.values()) {
                    int index = mapping.indexOf(field);
                    if (index >= 0) {
                        automatic.put(field, columns.get(index));
                    }
                }
            } catch (ImportException noDomainColumn) {
                // the preview still shows the columns; the user maps the domain by hand
                for (CanonicalField field : CanonicalField.values()) {
                    for (String column : columns) {
                        if (!automatic.containsKey(field) && !automatic.containsValue(column)
                                && field.recognises(column)) {
                            automatic.put(field, column);
                        }
                    }
                }
            }
            return new ImportPreview(input, importer.format(), columns, rows, automatic);
        }
    }

    /**
     * The {@code field=Column} overrides that make an import use exactly {@code mapping}: every field
     * is named, so fields left out are unmapped even where automatic recognition would have mapped them.
     */
    public static List<String> overrides(Map<CanonicalField, String> mapping) {
        List<String> out = new ArrayList<>();
        for (CanonicalField field : CanonicalField.values()) {
            String column = mapping.get(field);
            out.add(field.id() + "=" + (column == null ? "" : column));
        }
        return out;
    }
}
