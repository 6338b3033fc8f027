package org.auditbench.gui.sources;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.auditbench.gui.controls.FormParts;
import org.auditbench.gui.theme.Icons;
import org.auditbench.gui.theme.Theme;
import org.auditbench.model.Reject;
import org.auditbench.model.Snapshot;

/** Every snapshot with counts, label and SHA-256; the selected snapshot's rejected rows below. */
public final class SourcesView extends BorderPane {

    public static final String SNAPSHOTS_ID = "snapshots-table";
    public static final String REJECTS_ID = "rejects-table";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public static final String AUDIT_ID = "audit-log-card";

    private final SourcesViewModel model;
    private final AuditLogCheck auditLog;

    public SourcesView(SourcesViewModel model, AuditLogCheck auditLog) {
        this.model = model;
        this.auditLog = auditLog;
        getStyleClass().add("sources-view");
        Label title = new Label("Sources");
        title.getStyleClass().add(Theme.VIEW_TITLE);
        Label hint = new Label("Every import is a snapshot; the newest of each source is what the views show and a"
                + " scan judges.");
        hint.getStyleClass().add(Theme.MUTED);
        Button entries = new Button("Show entries of this snapshot", Icons.icon(Icons.ENTRIES));
        entries.setId("show-snapshot-entries");
        entries.disableProperty().bind(model.selected().isNull());
        entries.setOnAction(e -> model.showEntries());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, hint, spacer, entries);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Theme.VIEW_HEADER);
        setTop(header);
        Label rejectsTitle = new Label("Rejected rows");
        rejectsTitle.getStyleClass().add(Theme.SECTION_TITLE);
        Label rejectSummary = new Label();
        rejectSummary.getStyleClass().add(Theme.MUTED);
        rejectSummary.textProperty().bind(model.rejectSummary());
        HBox rejectsHeader = new HBox(12, rejectsTitle, rejectSummary);
        rejectsHeader.setAlignment(Pos.BASELINE_LEFT);
        rejectsHeader.getStyleClass().add("section-header");
        VBox rejects = new VBox(rejectsHeader, rejectsTable());
        VBox.setVgrow(rejects.getChildren().get(1), Priority.ALWAYS);
        SplitPane lower = new SplitPane(details(), rejects);
        lower.setDividerPositions(0.36);
        SplitPane split = new SplitPane(snapshotsTable(), lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.27);
        setCenter(split);
    }

    private TableView<Snapshot> snapshotsTable() {
        TableView<Snapshot> table = new TableView<>(model.snapshots());
        table.setId(SNAPSHOTS_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("#", s -> String.valueOf(s.id()), 50));
        table.getColumns().add(column("Source", Snapshot::sourceName, 170));
        table.getColumns().add(column("Label", Snapshot::label, 90));
        table.getColumns().add(column("Format", Snapshot::kind, 70));
        table.getColumns().add(column("Entries", s -> String.format("%,d", s.importedCount()), 90));
        table.getColumns().add(column("Rejected", s -> String.format("%,d", s.rejectedCount()), 90));
        table.getColumns().add(column("Imported", s -> s.finishedAt() == null ? "" : TIME.format(s.finishedAt()), 170));
        TableColumn<Snapshot, String> hash = column("SHA-256", Snapshot::sha256, 145);
        hash.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : value.substring(0, Math.min(12, value.length())) + "…");
                setTooltip(empty || value == null ? null : new Tooltip(value));
            }
        });
        table.getColumns().add(hash);
        TableColumn<Snapshot, String> location = column("Location", Snapshot::locator, 320);
        // the file's name, with the whole path (or URL) in the tooltip and the details below
        location.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : shortLocation(value));
                setTooltip(empty || value == null ? null : new Tooltip(value));
            }
        });
        table.getColumns().add(location);
        for (TableColumn<Snapshot, ?> column : table.getColumns()) {
            column.setMinWidth(column == location ? 150 : column.getPrefWidth()); // the location gives way
        }
        table.setPlaceholder(new Label("Nothing imported yet. Import a file with Ctrl+I or drop it on the window."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null && (model.selected().get() == null || model.selected().get().id() != s.id())) {
                model.selected().set(s);
            }
        });
        model.selected().addListener((obs, old, s) -> {
            if (s != null && table.getSelectionModel().getSelectedItem() != s) {
                table.getSelectionModel().select(s);
            }
        });
        table.setRowFactory(t -> {
            TableRow<Snapshot> row = new TableRow<>();
            MenuItem copy = new MenuItem("Copy SHA-256");
            copy.setOnAction(e -> copy(row.getItem() == null ? null : row.getItem().sha256()));
            MenuItem show = new MenuItem("Show entries");
            show.setOnAction(e -> model.showEntries());
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(new ContextMenu(show, copy)));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.showEntries();
                }
            });
            return row;
        });
        return table;
    }

    /** The selected snapshot in full: where it came from, its digest, its counts and defaults. */
    private javafx.scene.Node details() {
        Label title = new Label("Snapshot");
        title.getStyleClass().add(Theme.SECTION_TITLE);
        org.auditbench.gui.controls.FieldGrid grid = new org.auditbench.gui.controls.FieldGrid();
        grid.setId("snapshot-details");
        model.selected().addListener((obs, old, s) -> {
            grid.clear();
            if (s == null) {
                return;
            }
            grid.add("Source", s.sourceName());
            grid.add("Snapshot", s.id() + (s.label() == null ? "" : " (" + s.label() + ")"));
            grid.add("Format", s.kind());
            grid.add("Location", s.locator());
            grid.add("SHA-256", s.sha256());
            grid.add("Entries", String.format("%,d", s.importedCount()));
            grid.add("Rejected rows", String.format("%,d", s.rejectedCount()));
            grid.add("Started", s.startedAt() == null ? null : TIME.format(s.startedAt()));
            grid.add("Finished", s.finishedAt() == null ? null : TIME.format(s.finishedAt()));
            grid.add("Environment", s.environment() == null ? "from each row" : s.environment());
            grid.add("Layer", s.layer() == null ? "from each row" : s.layer());
        });
        VBox box = new VBox(8, title, grid, auditLogCard());
        box.getStyleClass().add("detail-pane");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** Whether the hash-chained audit log is intact, its head hash, and what is wrong when it is not. */
    private VBox auditLogCard() {
        Label title = new Label("Audit log");
        title.getStyleClass().add(Theme.SECTION_TITLE);
        Label status = new Label();
        status.setId("audit-log-status");
        status.setWrapText(true);
        status.textProperty().bind(auditLog.summary());
        org.auditbench.gui.controls.FieldGrid facts = new org.auditbench.gui.controls.FieldGrid();
        Runnable show = () -> {
            var report = auditLog.report().get();
            status.getStyleClass().removeAll(FormParts.CALLOUT_SUCCESS, FormParts.CALLOUT_DANGER,
                    FormParts.CALLOUT_ACCENT);
            status.getStyleClass().add(report == null ? FormParts.CALLOUT_ACCENT
                    : report.intact() ? FormParts.CALLOUT_SUCCESS : FormParts.CALLOUT_DANGER);
            status.setGraphic(Icons.icon(report == null ? Icons.CHECKING : report.intact() ? Icons.AUDIT_INTACT
                    : Icons.AUDIT_BROKEN));
            facts.clear();
            if (report != null) {
                facts.add("Rows", String.format("%,d", report.rows()));
                facts.add("Head hash", report.headHash());
                report.problems().stream().limit(5).forEach(p -> facts.add(p.seq() == null ? "Problem"
                        : "Row " + p.seq(), p.message()));
                if (report.problems().size() > 5) {
                    facts.add("", (report.problems().size() - 5) + " more: run auditbench verify for all of them");
                }
            }
        };
        auditLog.report().addListener((obs, old, r) -> show.run());
        auditLog.checking().addListener((obs, old, r) -> show.run());
        show.run();
        status.getStyleClass().add(FormParts.CALLOUT);
        status.setMaxWidth(Double.MAX_VALUE);
        Button verify = new Button("Verify again", Icons.icon(Icons.REFRESH));
        verify.getStyleClass().addAll("flat", "small");
        verify.disableProperty().bind(auditLog.checking());
        verify.setOnAction(e -> auditLog.verify());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, verify);
        head.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Every import, scan, decision, export and sign-off is a row chained to the one before"
                + " by SHA-256; any edit outside Auditbench breaks the chain.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Theme.MUTED);
        VBox card = new VBox(8, head, status, facts, hint);
        card.setId(AUDIT_ID);
        card.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        return card;
    }

    private TableView<Reject> rejectsTable() {
        TableView<Reject> table = new TableView<>(model.rejects());
        table.setId(REJECTS_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Row", Reject::locator, 90));
        TableColumn<Reject, String> reason = column("Reason", Reject::reason, 360);
        reason.setCellFactory(c -> new WrappingCell<>());
        TableColumn<Reject, String> raw = column("Raw text", Reject::raw, 420);
        raw.setCellFactory(c -> new WrappingCell<>());
        table.getColumns().add(reason);
        table.getColumns().add(raw);
        table.setPlaceholder(new Label("No rejected rows: every row of this snapshot became an entry."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Reject reject, boolean empty) {
                super.updateItem(reject, empty);
                if (!empty && getIndex() >= model.rejects().size() - 1 && model.hasMoreRejects()) {
                    model.loadMoreRejects();
                }
            }
        });
        return table;
    }

    /** The last part of a path ({@code autodiscover-2026Q4.csv}); URLs and other locators stay whole. */
    static String shortLocation(String locator) {
        if (locator.startsWith("jdbc:") || locator.startsWith("resource:")) {
            return locator;
        }
        int slash = Math.max(locator.lastIndexOf('/'), locator.lastIndexOf('\\'));
        return slash >= 0 && slash < locator.length() - 1 ? locator.substring(slash + 1) : locator;
    }

    /** A cell whose text wraps to the column's width, so long reasons and raw rows are read in full. */
    private static final class WrappingCell<T> extends javafx.scene.control.TableCell<T, String> {
        // a Text (not a Label) reports its wrapped height, so the row grows to show every line
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell() {
            text.getStyleClass().add("wrapped-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(14));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            text.setText(empty ? null : value);
            setGraphic(empty ? null : text);
        }
    }

    private static void copy(String text) {
        if (text != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private static <T> TableColumn<T, String> column(String name, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Objects.toString(value.apply(c.getValue()), "")));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 80));
        return column;
    }
}
