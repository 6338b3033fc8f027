package org.auditbench.gui.controls;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.auditbench.gui.theme.Theme;

/** The pieces the workbench's dialogs and wizard pages are built from, so they look and behave alike. */
public final class FormParts {

    private FormParts() {
    }

    /** Label column as wide as its longest label, value column taking the rest. */
    public static GridPane formGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(names, values);
        return grid;
    }

    /** A text field editing {@code property} both ways, with an id for tests and a prompt saying what goes in. */
    public static TextField boundField(StringProperty property, String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** Secondary text that keeps its full width (never cut to "…"). */
    public static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Theme.MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    public static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Theme.SECTION_TITLE);
        return label;
    }

    /** Buttons at the bottom right of a dialog, in the order given. */
    public static HBox footer(Node... buttons) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8);
        footer.getChildren().add(spacer);
        footer.getChildren().addAll(buttons);
        footer.setAlignment(Pos.CENTER_RIGHT);
        return footer;
    }
}
