package org.auditbench.gui.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.auditbench.gui.session.WorkspaceAccess;
import org.auditbench.importer.CanonicalField;
import org.auditbench.importer.ImportPreview;
import org.auditbench.workspace.SavedMapping;

/**
 * The wizard's column mapping: canonical field ← source column, pre-filled by automatic recognition or from
 * a mapping saved in the workspace, editable, checked (the domain is required, a column feeds one field) and
 * savable under a name for the next quarter's import of the same source.
 */
public final class MappingTable {

    private final WorkspaceAccess access;
    private final ObservableList<MappingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty();
    private final ObservableList<SavedMapping> saved = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty();
    private final ObjectProperty<SavedMapping> used = new SimpleObjectProperty<>();
    private ImportPreview preview;

    MappingTable(WorkspaceAccess access) {
        this.access = access;
        reloadSaved();
    }

    private void reloadSaved() {
        access.read("import-mappings", "Listing saved mappings", ws -> ws.mappings().all(), saved::setAll, null);
    }

    /** Fills the table for a new preview: the automatically recognised column of each field. */
    void show(ImportPreview loaded) {
        preview = loaded;
        used.set(null);
        note.set(null);
        columns.setAll(loaded.columns());
        List<MappingRow> fresh = new ArrayList<>();
        for (CanonicalField field : CanonicalField.values()) {
            MappingRow row = new MappingRow(field, loaded.automatic().get(field));
            row.column().addListener((o, a, b) -> validate());
            fresh.add(row);
        }
        rows.setAll(fresh);
        validate();
    }

    void clear() {
        preview = null;
        rows.clear();
    }

    /** What the table says, field by field (fields without a column are absent). */
    public Map<CanonicalField, String> chosen() {
        Map<CanonicalField, String> out = new EnumMap<>(CanonicalField.class);
        for (MappingRow row : rows) {
            if (row.column().get() != null && !row.column().get().isEmpty()) {
                out.put(row.field(), row.column().get());
            }
        }
        return out;
    }

    private void validate() {
        Map<CanonicalField, String> chosen = chosen();
        if (!chosen.containsKey(CanonicalField.DOMAIN)) {
            problem.set("Choose the column that holds the domain (or e-mail address).");
            return;
        }
        Map<String, CanonicalField> usedColumns = new HashMap<>();
        for (Map.Entry<CanonicalField, String> e : chosen.entrySet()) {
            CanonicalField other = usedColumns.put(e.getValue(), e.getKey());
            if (other != null) {
                problem.set("Column '" + e.getValue() + "' is mapped to both " + other.id() + " and "
                        + e.getKey().id() + "; a column feeds one field.");
                return;
            }
        }
        problem.set(null);
    }

    /** A sample value for a column from the first previewed row that has one. */
    public String sample(String column) {
        if (preview == null || column == null) {
            return "";
        }
        int index = preview.columns().indexOf(column);
        for (List<String> row : preview.rows()) {
            if (index >= 0 && index < row.size() && !row.get(index).isBlank()) {
                return row.get(index);
            }
        }
        return "";
    }

    /**
     * Starts the table from a saved mapping: each field takes the saved column when this source has it;
     * fields whose column is missing are left unmapped and named in {@link #note}. Only a mapping whose
     * columns all exist is named by the import (so the audit trail says which mapping was used).
     */
    public void apply(SavedMapping mapping) {
        if (mapping == null || preview == null) {
            used.set(null);
            return;
        }
        List<String> missing = new ArrayList<>();
        for (MappingRow row : rows) {
            String column = mapping.mapping().get(row.field().id());
            if (column != null && !columns.contains(column)) {
                missing.add(row.field().id() + " ← '" + column + "'");
                column = null;
            }
            row.column().set(column);
        }
        used.set(missing.isEmpty() ? mapping : null);
        note.set(missing.isEmpty() ? "Using saved mapping '" + mapping.name() + "'."
                : "Saved mapping '" + mapping.name() + "' names columns this source does not have: "
                        + String.join(", ", missing) + ". Those fields are left unmapped.");
    }

    /** Saves the table under {@code name} in the workspace, replacing a mapping of that name. */
    public void saveAs(String name, String sourceName) {
        if (preview == null || name == null || name.isBlank() || problem.get() != null) {
            return;
        }
        String trimmed = name.strip();
        String format = preview.format();
        Map<String, String> byField = new LinkedHashMap<>();
        chosen().forEach((field, column) -> byField.put(field.id(), column));
        access.job("Saving mapping " + trimmed, (ws, progress) -> {
            ws.mappings().save(trimmed, byField, format, sourceName);
            return trimmed;
        }, done -> {
            note.set("Mapping saved as '" + done + "'; choose it for the next import of this source.");
            reloadSaved();
        }, failure -> note.set("Could not save the mapping: " + failure.message()));
    }

    public ObservableList<MappingRow> rows() {
        return rows;
    }

    /** The source's columns, the choices of each row. */
    public ObservableList<String> columns() {
        return columns;
    }

    /** Why the table cannot be imported with, or null. */
    public StringProperty problem() {
        return problem;
    }

    /** The mappings saved in the workspace, by name. */
    public ObservableList<SavedMapping> saved() {
        return saved;
    }

    /** What happened to the last saved mapping chosen or saved, or null. */
    public StringProperty note() {
        return note;
    }

    /** The saved mapping the import will name, or null. */
    public ObjectProperty<SavedMapping> used() {
        return used;
    }
}
