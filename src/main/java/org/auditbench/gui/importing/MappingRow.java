package org.auditbench.gui.importing;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.auditbench.importer.CanonicalField;

/** One line of the mapping table: a canonical field and the source column that feeds it (null: none). */
public final class MappingRow {

    private final CanonicalField field;
    private final ObjectProperty<String> column = new SimpleObjectProperty<>();

    MappingRow(CanonicalField field, String column) {
        this.field = field;
        this.column.set(column);
    }

    public CanonicalField field() {
        return field;
    }

    public ObjectProperty<String> column() {
        return column;
    }
}
