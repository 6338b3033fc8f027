package org.auditbench.gui.controls;

import javafx.beans.binding.StringExpression;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.auditbench.gui.theme.Icons;
import org.auditbench.gui.theme.Theme;
import org.kordamp.ikonli.Ikon;

/** The pieces the workbench's dialogs and wizard pages are built from, so they look and behave alike. */
public final class FormParts {

    /** AtlantaFX's style classes for a boxed message, its colours, and the primary button. */
    public static final String CALLOUT = "callout";
    public static final String CALLOUT_DANGER = "callout-danger";
    public static final String CALLOUT_SUCCESS = "callout-success";
    public static final String CALLOUT_ACCENT = "callout-accent";
    public static final String CALLOUT_WARNING = "callout-warning";
    public static final String ACCENT = "accent";

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

    /** The form's first problem, in muted text under it, so the user sees why the command button is disabled. */
    public static Label problemLine(StringExpression problem) {
        Label label = new Label();
        label.getStyleClass().add(Theme.MUTED);
        label.setWrapText(true);
        label.textProperty().bind(problem);
        return label;
    }

    /** Why the last run failed, boxed in the danger colour; takes no room while there is no error. */
    public static Label errorCallout(String id, StringExpression error) {
        Label label = callout(id, null, Icons.ERROR, CALLOUT_DANGER);
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotNull());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** What a finished command did, boxed in the success colour at the top of the done page. */
    public static Label successCallout(String id, String text) {
        return callout(id, text, Icons.OK, CALLOUT_SUCCESS);
    }

    /** A boxed message with an icon, in one of the callout colours ({@link #CALLOUT_SUCCESS}, ...). */
    public static Label callout(String id, String text, Ikon icon, String colour) {
        Label label = new Label(text, Icons.icon(icon));
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().addAll(CALLOUT, colour);
        return label;
    }

    /** The form's primary button, disabled while {@code problem} names something that keeps it from running. */
    public static Button commandButton(String text, Ikon icon, String id, StringExpression problem) {
        Button button = new Button(text, Icons.icon(icon));
        button.setId(id);
        button.getStyleClass().add(ACCENT);
        button.disableProperty().bind(problem.isNotNull());
        return button;
    }

    /** Leaves {@code dialog} without running its command. */
    public static Button cancelButton(Stage dialog) {
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> dialog.close());
        return cancel;
    }

    /** Leaves {@code dialog} once its command is done; the default button, so Enter on the done page closes it. */
    public static Button closeButton(Stage dialog, String id) {
        Button close = new Button("Close");
        close.setId(id);
        close.setDefaultButton(true);
        close.setOnAction(e -> dialog.close());
        return close;
    }
}
