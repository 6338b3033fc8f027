package org.auditbench.gui.importing;

import static org.auditbench.gui.controls.FormParts.sectionTitle;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.auditbench.gui.theme.Icons;
import org.auditbench.gui.theme.Theme;
import org.auditbench.workspace.SavedMapping;

/**
 * The wizard's second page: the first rows of the source, and the mapping table (canonical field ← source
 * column) pre-filled by recognition, editable, startable from a saved mapping and savable under a name.
 */
final class MappingPage extends VBox {

    private static final String NONE = "(not mapped)";

    private final ImportWizardViewModel model;
    private final Stage owner;

    MappingPage(ImportWizardViewModel model, Stage owner) {
        super(8);
        this.model = model;
        this.owner = owner;
        var p = model.preview().get();
        TableView<List<String>> preview = new TableView<>(FXCollections.observableArrayList(p.rows()));
        preview.setId("wizard-preview");
        for (int i = 0; i < p.columns().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(p.columns().get(i));
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(index < c.getValue().size()
                    ? c.getValue().get(index) : ""));
            column.setPrefWidth(120);
            column.setSortable(false);
            preview.getColumns().add(column);
        }
        preview.setPrefHeight(200);
        preview.setMinHeight(170);
        TableView<MappingRow> mapping = new TableView<>(model.mapping());
        mapping.setId("wizard-mapping");
        mapping.setEditable(true);
        mapping.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<MappingRow, String> field = new TableColumn<>("Field");
        field.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().field().id()));
        field.setPrefWidth(140);
        field.setEditable(false);
        TableColumn<MappingRow, String> source = new TableColumn<>("← Source column");
        source.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> c.getValue().column().get() == null ? NONE : c.getValue().column().get(), c.getValue().column()));
        var choices = FXCollections.<String>observableArrayList();
        choices.add(NONE);
        choices.addAll(model.columnChoices());
        source.setCellFactory(ComboBoxTableCell.forTableColumn(choices));
        source.setOnEditCommit(e -> e.getRowValue().column().set(NONE.equals(e.getNewValue()) ? null : e.getNewValue()));
        source.setPrefWidth(220);
        TableColumn<MappingRow, String> example = new TableColumn<>("Example value");
        example.setCellValueFactory(c -> Bindings.createStringBinding(() -> model.sample(c.getValue().column().get()),
                c.getValue().column()));
        example.setEditable(false);
        mapping.getColumns().addAll(List.of(field, source, example));
        for (TableColumn<MappingRow, ?> c : mapping.getColumns()) {
            c.setSortable(false);
        }
        Label problem = new Label();
        problem.setId("wizard-mapping-problem");
        problem.getStyleClass().add("text-danger");
        problem.textProperty().bind(model.mappingProblem());
        Label hint = new Label("Columns not mapped are kept verbatim as the entry's extra columns. Double-click a"
                + " source column to change it.");
        hint.getStyleClass().add(Theme.MUTED);
        hint.setWrapText(true);
        Label previewTitle = sectionTitle("First " + p.rows().size() + " rows of " + p.input().name());
        getChildren().addAll(previewTitle, preview, header(), hint, mapping, problem);
        VBox.setVgrow(mapping, Priority.ALWAYS);
    }

    /** "Column mapping", with the saved mappings to start from and "Save mapping as…". */
    private HBox header() {
        MappingTable table = model.mappingTable();
        ComboBox<SavedMapping> saved = new ComboBox<>(table.saved());
        saved.setId("wizard-saved-mapping");
        saved.setPromptText(table.saved().isEmpty() ? "No saved mappings" : "Start from a saved mapping…");
        saved.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(table.saved()));
        saved.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SavedMapping m) {
                return m == null ? "" : m.name() + (m.sourceName() == null ? "" : "  (" + m.sourceName() + ")");
            }

            @Override
            public SavedMapping fromString(String text) {
                return null;
            }
        });
        saved.setValue(table.used().get());
        saved.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                table.apply(chosen);
            }
        });
        Button saveAs = new Button("Save mapping as…", Icons.icon(Icons.SAVE));
        saveAs.setId("wizard-save-mapping");
        saveAs.disableProperty().bind(table.problem().isNotNull());
        saveAs.setOnAction(e -> {
            javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(
                    model.sourceName().get().isBlank() ? "" : model.sourceName().get().strip());
            ask.initOwner(owner);
            ask.setTitle("Save mapping as");
            ask.setHeaderText("Save this column mapping in the workspace, to start the next import of this source"
                    + " from it.");
            ask.setContentText("Name");
            ask.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            ask.setOnHidden(h -> {
                if (ask.getResult() != null && !ask.getResult().isBlank()) {
                    table.saveAs(ask.getResult(), model.sourceName().get().isBlank() ? null
                            : model.sourceName().get().strip());
                }
            });
            ask.show();
        });
        Label note = new Label();
        note.setId("wizard-mapping-note");
        note.getStyleClass().add(Theme.MUTED);
        note.textProperty().bind(table.note());
        note.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, sectionTitle("Column mapping"), note, spacer, saved, saveAs);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }
}
