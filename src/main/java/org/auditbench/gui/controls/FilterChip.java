package org.auditbench.gui.controls;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.auditbench.gui.theme.Icons;

/** A removable label saying what a view is narrowed to ("Expiring in 2027-01 ×"); hidden when unset. */
public final class FilterChip<T> extends HBox {

    public FilterChip(ObjectProperty<T> value, java.util.function.Function<T, String> text) {
        getStyleClass().add("filter-chip");
        Label label = new Label();
        Button remove = new Button(null, Icons.icon(Icons.CLEAR));
        remove.getStyleClass().addAll("flat", "button-icon", "small");
        remove.setOnAction(e -> value.set(null));
        getChildren().addAll(Icons.icon(Icons.FILTER), label, remove);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setSpacing(4);
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> value.get() == null ? "" : text.apply(value.get()), value));
        visibleProperty().bind(value.isNotNull());
        managedProperty().bind(visibleProperty());
    }
}
