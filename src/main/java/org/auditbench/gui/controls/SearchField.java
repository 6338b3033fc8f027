package org.auditbench.gui.controls;

import atlantafx.base.controls.CustomTextField;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import org.auditbench.gui.theme.Icons;
import org.kordamp.ikonli.javafx.FontIcon;

/** A text field with a search icon and a clear button; Escape clears it too. */
public final class SearchField extends CustomTextField {

    public SearchField(String prompt) {
        setPromptText(prompt);
        getStyleClass().add("search-field");
        setLeft(Icons.icon(Icons.SEARCH));
        FontIcon clear = Icons.icon(Icons.CLEAR);
        clear.setCursor(Cursor.HAND);
        clear.setOnMouseClicked(e -> clear());
        clear.visibleProperty().bind(textProperty().isNotEmpty());
        setRight(clear);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !getText().isEmpty()) {
                clear();
                e.consume();
            }
        });
    }
}
