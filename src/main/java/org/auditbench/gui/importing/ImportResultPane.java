package org.auditbench.gui.importing;

import static org.auditbench.gui.controls.FormParts.sectionTitle;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.auditbench.gui.controls.FormParts;
import org.auditbench.gui.importing.ImportWizardViewModel.Step;
import org.auditbench.gui.theme.Icons;
import org.auditbench.gui.theme.Theme;
import org.auditbench.importer.ImportResult;
import org.auditbench.model.Reject;

/** The wizard's last page: what was imported (or why nothing was), the first rejects, and what to do next. */
final class ImportResultPane extends VBox {

    ImportResultPane(ImportWizardViewModel model, Runnable scanNow) {
        super(10);
        VBox page = this;
        page.setId("wizard-result");
        String error = model.importError().get();
        ImportResult result = model.result().get();
        if (error != null || result == null) {
            Label message = new Label(Objects.toString(error, "The import did not finish."), Icons.icon(Icons.ERROR));
            message.setWrapText(true);
            message.getStyleClass().addAll(FormParts.CALLOUT, FormParts.CALLOUT_DANGER);
            Button retry = new Button("Back to the details");
            retry.setOnAction(e -> model.step().set(Step.DETAILS));
            page.getChildren().addAll(sectionTitle("Nothing was imported"), message, retry);
            return;
        }
        if (result.unchanged()) {
            Label same = new Label("This file is byte-identical to the latest snapshot of '" + result.sourceName()
                    + "' (SHA-256 " + result.sha256().substring(0, 16) + "…), so nothing was imported.",
                    Icons.icon(Icons.INFO));
            same.setWrapText(true);
            same.getStyleClass().addAll(FormParts.CALLOUT, FormParts.CALLOUT_ACCENT);
            Button anyway = new Button("Import it anyway as a new snapshot");
            anyway.setOnAction(e -> model.startImport(true));
            page.getChildren().addAll(sectionTitle("Already imported"), same, anyway);
            return;
        }
        Label counts = new Label(String.format("%,d entries imported, %,d rows rejected into snapshot %d of '%s'.",
                result.imported(), result.rejected(), result.snapshotId(), result.sourceName()),
                Icons.icon(result.rejected() == 0 ? Icons.OK : Icons.WARNING));
        counts.setId("wizard-result-counts");
        counts.setWrapText(true);
        counts.getStyleClass().addAll(FormParts.CALLOUT,
                result.rejected() == 0 ? FormParts.CALLOUT_SUCCESS : FormParts.CALLOUT_WARNING);
        Button scan = new Button("Scan now (F5)", Icons.icon(Icons.SCAN));
        scan.getStyleClass().add(FormParts.ACCENT);
        scan.setOnAction(e -> scanNow.run());
        Label next = new Label("The findings still show the previous scan until you scan the new snapshot.");
        next.getStyleClass().add(Theme.MUTED);
        org.auditbench.gui.controls.FieldGrid facts = new org.auditbench.gui.controls.FieldGrid();
        var p = model.preview().get();
        facts.add("Source", result.sourceName());
        facts.add("Snapshot", result.snapshotId() + (model.label().get().isBlank() ? "" : " (" + model.label().get() + ")"));
        facts.add("Format", result.format().toUpperCase(java.util.Locale.ROOT));
        facts.add("File", p == null ? null : p.input().locator());
        facts.add("SHA-256", result.sha256());
        HBox actions = new HBox(12, scan, next);
        actions.setAlignment(Pos.CENTER_LEFT);
        page.getChildren().addAll(sectionTitle("Imported"), counts, facts, actions);
        if (result.rejected() > 0) {
            TableView<Reject> rejects = new TableView<>(FXCollections.observableArrayList(result.firstRejects()));
            rejects.setId("wizard-rejects");
            rejects.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            rejects.getColumns().add(text("Row", Reject::locator, 90));
            rejects.getColumns().add(text("Reason", Reject::reason, 380));
            rejects.getColumns().add(text("Raw text", Reject::raw, 380));
            page.getChildren().addAll(sectionTitle(result.rejected() > result.firstRejects().size()
                    ? "First " + result.firstRejects().size() + " rejected rows (all are in the Sources view)"
                    : "Rejected rows"), rejects);
            VBox.setVgrow(rejects, Priority.ALWAYS);
        }
        
    }

    private static TableColumn<Reject, String> text(String title, java.util.function.Function<Reject, String> value,
                                                    double width) {
        TableColumn<Reject, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Objects.toString(value.apply(c.getValue()), "")));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return column;
    }
}
