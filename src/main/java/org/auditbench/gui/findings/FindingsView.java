package org.auditbench.gui.findings;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.auditbench.gui.theme.Theme;
import org.auditbench.model.Severity;

/** Severity tiles over a table of findings, with the selected finding's evidence below. */
public final class FindingsView extends BorderPane {

    public static final String TABLE_ID = "findings-table";

    private final FindingsViewModel model;

    public FindingsView(FindingsViewModel model) {
        this.model = model;
        getStyleClass().add("findings-view");
        setTop(tiles());
        setCenter(table());
        setBottom(detail());
    }

    private HBox tiles() {
        HBox tiles = new HBox();
        tiles.getStyleClass().add("tiles");
        for (Severity severity : Severity.values()) {
            Label count = new Label("0");
            count.getStyleClass().add("tile-count");
            Label name = new Label(severity.id().toUpperCase(java.util.Locale.ROOT));
            name.getStyleClass().add(Theme.MUTED);
            VBox tile = new VBox(2, count, name);
            tile.getStyleClass().addAll(Theme.SEVERITY_TILE, Theme.severityClass(severity));
            tile.setId("tile-" + severity.id());
            model.counts().addListener((javafx.collections.MapChangeListener<Severity, Long>) change ->
                    count.setText(String.valueOf(model.counts().getOrDefault(severity, 0L))));
            tiles.getChildren().add(tile);
        }
        return tiles;
    }

    private TableView<FindingRow> table() {
        TableView<FindingRow> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FindingRow, Severity> severity = new TableColumn<>("Severity");
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new SeverityCell());
        severity.setPrefWidth(95);
        table.getColumns().add(severity);
        table.getColumns().add(column("Rule", FindingRow::rule, 170));
        table.getColumns().add(column("Domain", FindingRow::key, 200));
        table.getColumns().add(column("Protocol", FindingRow::protocol, 90));
        table.getColumns().add(column("Target", FindingRow::target, 230));
        table.getColumns().add(column("Layer", FindingRow::layer, 75));
        table.getColumns().add(column("Owner", FindingRow::owner, 150));
        table.getColumns().add(column("Status", FindingRow::status, 75));
        table.getColumns().add(column("Finding", FindingRow::message, 420));
        table.setPlaceholder(new Label("No findings: import a source and run a scan."));
        model.selected().bind(table.getSelectionModel().selectedItemProperty());
        BorderPane.setMargin(table, new Insets(8, 16, 8, 16));
        return table;
    }

    private VBox detail() {
        Label title = new Label("Select a finding to see its evidence.");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        Label evidence = new Label();
        evidence.setWrapText(true);
        evidence.getStyleClass().add(Theme.MUTED);
        Label where = new Label();
        where.getStyleClass().add(Theme.MUTED);
        model.selected().addListener((obs, old, row) -> {
            title.setText(row == null ? "Select a finding to see its evidence." : row.message());
            evidence.setText(row == null ? "" : row.evidence());
            where.setText(row == null ? "" : row.source() + "  ·  fingerprint " + row.fingerprint());
        });
        VBox box = new VBox(title, evidence, where);
        box.getStyleClass().add("detail-pane");
        box.setMinHeight(96);
        VBox.setVgrow(evidence, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<FindingRow, String> column(String name, Function<FindingRow, String> value, double width) {
        TableColumn<FindingRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> observable(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static ObservableValue<String> observable(String value) {
        return new ReadOnlyObjectWrapper<>(value == null ? "" : value);
    }

    /** A coloured badge naming the severity. */
    private static final class SeverityCell extends TableCell<FindingRow, Severity> {
        @Override
        protected void updateItem(Severity severity, boolean empty) {
            super.updateItem(severity, empty);
            if (empty || severity == null) {
                setGraphic(null);
                return;
            }
            Label badge = new Label(severity.id().toUpperCase(java.util.Locale.ROOT));
            badge.getStyleClass().addAll(Theme.SEVERITY_BADGE, Theme.severityClass(severity));
            setGraphic(badge);
        }
    }
}
