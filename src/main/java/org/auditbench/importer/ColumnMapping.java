package org.auditbench.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which source column feeds each canonical field. Immutable; built by {@link Builder}, which recognises
 * headers automatically and validates every override against the source's actual columns.
 */
public final class ColumnMapping {

    private final Map<CanonicalField, Integer> indexes;
    private final List<String> columns;

    private ColumnMapping(Map<CanonicalField, Integer> indexes, List<String> columns) {
        this.indexes = Collections.unmodifiableMap(new EnumMap<>(indexes));
        this.columns = List.copyOf(columns);
    }

    public static Builder builder(List<String> columns) {
        return new Builder(columns);
    }

    /** Index of the column mapped to {@code field}, or -1. */
    public int indexOf(CanonicalField field) {
        return indexes.getOrDefault(field, -1);
    }

    public boolean isMapped(int columnIndex) {
        return indexes.containsValue(columnIndex);
    }

    public List<String> columns() {
        return columns;
    }

    /** Field id → column name, in field order; what a snapshot stores and a saved mapping reuses. */
    public Map<String, String> asMap() {
        Map<String, String> out = new LinkedHashMap<>();
        indexes.forEach((field, index) -> out.put(field.id(), columns.get(index)));
        return out;
    }

    /** Builds a mapping: automatic recognition first, then explicit overrides, then validation. */
    public static final class Builder {
        private final List<String> columns;
        private final Map<CanonicalField, Integer> indexes = new EnumMap<>(CanonicalField.class);
        private final List<String> problems = new ArrayList<>();

        private Builder(List<String> columns) {
            this.columns = List.copyOf(columns);
        }

        /** Maps every field whose synonyms match a header; the first matching column wins. */
        public Builder automatic() {
            for (CanonicalField field : CanonicalField.values()) {
                for (int i = 0; i < columns.size(); i++) {
                    if (!indexes.containsKey(field) && !indexes.containsValue(i) && field.recognises(columns.get(i))) {
                        indexes.put(field, i);
                    }
                }
            }
            return this;
        }

        /** {@code field=Column}; an empty column name unmaps the field. */
        public Builder override(String assignment) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                problems.add("mapping '" + assignment + "' is not of the form field=Column");
                return this;
            }
            CanonicalField field;
            try {
                field = CanonicalField.byId(assignment.substring(0, eq));
            } catch (IllegalArgumentException e) {
                problems.add("mapping '" + assignment + "': " + e.getMessage());
                return this;
            }
            return map(field, assignment.substring(eq + 1));
        }

        public Builder map(CanonicalField field, String column) {
            String wanted = column.strip();
            indexes.remove(field);
            if (wanted.isEmpty()) {
                return this;
            }
            int index = findColumn(wanted);
            if (index < 0) {
                problems.add("mapping " + field.id() + "=" + wanted + ": the source has no column '" + wanted
                        + "'; its columns are " + String.join(", ", columns));
                return this;
            }
            indexes.values().remove(index); // a column feeds one field; the explicit choice wins
            indexes.put(field, index);
            return this;
        }

        public ColumnMapping build() throws ImportException {
            if (!problems.isEmpty()) {
                throw new ImportException(String.join("; ", problems));
            }
            if (!indexes.containsKey(CanonicalField.DOMAIN)) {
                throw new ImportException("no column is mapped to the domain: none of the headers ("
                        + String.join(", ", columns) + ") is one of " + String.join(", ", CanonicalField.DOMAIN.synonyms())
                        + "; name it with --map domain=COLUMN");
            }
            return new ColumnMapping(indexes, columns);
        }

        private int findColumn(String wanted) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).strip().equals(wanted)) {
                    return i;
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                if (CanonicalField.normaliseHeader(columns.get(i)).equals(CanonicalField.normaliseHeader(wanted))) {
                    return i;
                }
            }
            return -1;
        }
    }
}
