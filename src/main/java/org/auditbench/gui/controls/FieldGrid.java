package org.auditbench.gui.controls;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.auditbench.gui.theme.Theme;

/** Name/value rows for a detail pane; values wrap and can be selected with the mouse via a context copy. */
public final class FieldGrid extends GridPane {

    private int rows;

    public FieldGrid() {
        getStyleClass().add("field-grid");
        setHgap(12);
        setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        names.setHalignment(HPos.LEFT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        getColumnConstraints().addAll(names, values);
    }

    public void clear() {
        getChildren().clear();
        rows = 0;
    }

    /** Adds a row; a null or blank value shows as a muted dash. */
    public void add(String name, Object value) {
        Label n = new Label(name);
        n.getStyleClass().add(Theme.MUTED);
        String text = value == null ? "" : value.toString();
        Label v = new Label(text.isBlank() ? "—" : text);
        v.setWrapText(true);
        if (text.isBlank()) {
            v.getStyleClass().add(Theme.MUTED);
        }
        GridPane.setValignment(n, VPos.TOP);
        add(n, 0, rows);
        add(v, 1, rows);
        rows++;
    }
}
