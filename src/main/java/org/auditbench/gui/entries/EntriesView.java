package org.auditbench.gui.entries;

import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.auditbench.gui.controls.FilterChip;
import org.auditbench.gui.controls.SearchField;
import org.auditbench.gui.controls.SeverityBadge;
import org.auditbench.gui.theme.Icons;
import org.auditbench.gui.theme.Theme;
import org.auditbench.model.Severity;
import org.auditbench.workspace.EntryGrouping;
import org.auditbench.workspace.EntrySummary;
import org.controlsfx.control.MasterDetailPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Entries grouped by owner, justification, expiry, layer or source, with counts and the worst severity
 * per group; dangerous routing highlighted and explained; a detail pane beside the tree.
 */
public final class EntriesView extends BorderPane {

    public static final String TREE_ID = "entries-tree";
    public static final String GROUPING_ID = "entries-grouping";
    public static final String SEARCH_ID = "entries-search";

    private final EntriesViewModel model;
    private final EntryTree tree;
    private final TreeTableView<TreeRow> table = new TreeTableView<>();
    private final SearchField search = new SearchField("Search domain, target, owner or justification  (Ctrl+F)");
    private final EntryDetailPane detailPane = new EntryDetailPane();

    public EntriesView(EntriesViewModel model) {
        this.model = model;
        this.tree = new EntryTree(model);
        getStyleClass().add("entries-view");
        setTop(header());
        MasterDetailPane split = new MasterDetailPane(Side.RIGHT, table(), detailPane, true);
        split.setDividerPosition(0.68);
        setCenter(split);
        model.groups().addListener((javafx.collections.ListChangeListener<org.auditbench.workspace.EntryGroup>) c ->
                rebuild());
        model.detail().addListener((obs, old, detail) -> detailPane.show(detail, selectedEntry()));
    }

    /** Puts the keyboard focus in the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private HBox header() {
        Label title = new Label("Entries");
        title.getStyleClass().add(Theme.VIEW_TITLE);
        ComboBox<EntryGrouping> grouping = new ComboBox<>();
        grouping.setId(GROUPING_ID);
        grouping.getItems().setAll(EntryGrouping.values());
        grouping.valueProperty().bindBidirectional(model.grouping());
        grouping.setConverter(new StringConverter<>() {
            @Override
            public String toString(EntryGrouping g) {
                return g == null ? "" : "Group by " + g.label().toLowerCase(Locale.ROOT);
            }

            @Override
            public EntryGrouping fromString(String s) {
                return null;
            }
        });
        search.setId(SEARCH_ID);
        search.setPrefColumnCount(34);
        search.textProperty().bindBidirectional(model.search());
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> model.reload());
        search.textProperty().addListener((obs, a, b) -> debounce.playFromStart());
        search.setOnAction(e -> {
            debounce.stop();
            model.reload();
        });
        FilterChip<ExpiryWindow> expiry = new FilterChip<>(model.expiryWindow(), ExpiryWindow::label);
        FilterChip<org.auditbench.model.Snapshot> scope = new FilterChip<>(model.snapshotScope(),
                s -> "Snapshot " + (s.label() == null ? "#" + s.id() : s.label()) + " of " + s.sourceName());
        Label summary = new Label();
        summary.getStyleClass().add(Theme.MUTED);
        summary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.error().get() != null ? model.error().get() : model.summary().get(),
                model.error(), model.summary()));
        summary.setMinWidth(0);
        title.setMinWidth(Region.USE_PREF_SIZE);
        grouping.setMinWidth(Region.USE_PREF_SIZE);
        search.setMinWidth(220);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, grouping, search, expiry, scope, spacer, summary);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Theme.VIEW_HEADER);
        return header;
    }

    private TreeTableView<TreeRow> table() {
        table.setId(TREE_ID);
        table.setShowRoot(false);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No entries match. Import a source (Ctrl+I) or clear the search."));
        TreeTableColumn<TreeRow, TreeRow> name = new TreeTableColumn<>("Group / domain");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        name.setCellFactory(c -> new NameCell());
        name.setPrefWidth(300);
        name.setMinWidth(250);
        TreeTableColumn<TreeRow, TreeRow> worst = new TreeTableColumn<>("Worst");
        worst.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        worst.setCellFactory(c -> new WorstCell());
        worst.setPrefWidth(95);
        worst.setMinWidth(95);
        TreeTableColumn<TreeRow, String> owner = text("Owner", 150, r -> r instanceof TreeRow.Item i
                ? nz(i.entry().owner()) : "");
        TreeTableColumn<TreeRow, String> layer = text("Layer", 75, r -> r instanceof TreeRow.Item i
                ? nz(i.entry().layer()) : "");
        // the group row already says the owner (or layer): its column would repeat it on every entry
        owner.visibleProperty().bind(model.grouping().isNotEqualTo(EntryGrouping.OWNER));
        layer.visibleProperty().bind(model.grouping().isNotEqualTo(EntryGrouping.LAYER));
        table.getColumns().addAll(java.util.List.of(name, worst,
                text("Protocol", 80, r -> r instanceof TreeRow.Item i ? nz(i.entry().protocol()) : ""),
                text("Target", 220, r -> r instanceof TreeRow.Item i ? target(i.entry()) : ""),
                owner,
                text("Expires", 95, r -> r instanceof TreeRow.Item i && i.entry().expires() != null
                        ? i.entry().expires().toString() : ""),
                layer));
        for (TreeTableColumn<TreeRow, ?> column : table.getColumns()) {
            column.setSortable(false); // the order comes from SQL: worst first, then by domain
        }
        table.setRowFactory(t -> new HighlightRow());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() instanceof TreeRow.Item i) {
                model.select(i.entry());
            }
        });
        table.setOnKeyPressed(e -> {
            TreeItem<TreeRow> item = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null && item.getValue() instanceof TreeRow.More) {
                tree.more(item);
            }
        });
        table.setOnMouseClicked(e -> {
            TreeItem<TreeRow> item = table.getSelectionModel().getSelectedItem();
            if (item != null && item.getValue() instanceof TreeRow.More) {
                tree.more(item);
            }
        });
        return table;
    }

    private void rebuild() {
        TreeItem<TreeRow> root = tree.root(model.groups());
        table.setRoot(root);
        if (!root.getChildren().isEmpty()) {
            tree.expand(root.getChildren().get(0), firstEntry -> {
                if (table.getSelectionModel().getSelectedItem() == null) {
                    table.getSelectionModel().select(firstEntry);
                }
            });
        } else {
            detailPane.show(null, null);
        }
    }

    private EntrySummary selectedEntry() {
        TreeItem<TreeRow> item = table.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof TreeRow.Item i ? i.entry() : null;
    }

    private static String target(EntrySummary e) {
        return e.target() == null ? "" : e.target() + (e.port() == null ? "" : ":" + e.port());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static TreeTableColumn<TreeRow, String> text(String title, double width,
                                                         java.util.function.Function<TreeRow, String> value) {
        TreeTableColumn<TreeRow, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue() == null ? ""
                : value.apply(c.getValue().getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width < 100 ? width : 100);
        return column;
    }

    /** Group label or entry key, with the highlight icon and its one-sentence explanation. */
    private static final class NameCell extends TreeTableCell<TreeRow, TreeRow> {
        @Override
        protected void updateItem(TreeRow row, boolean empty) {
            super.updateItem(row, empty);
            setTooltip(null);
            setGraphic(null);
            getStyleClass().removeAll("group-cell", "more-cell");
            if (empty || row == null) {
                setText(null);
                return;
            }
            if (row instanceof TreeRow.Group g) {
                setText(g.label());
                Label count = new Label(String.format("%,d", g.group().entries()));
                count.getStyleClass().add("group-count");
                setGraphic(count);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                getStyleClass().add("group-cell");
                setTooltip(new Tooltip(g.label() + String.format(" — %,d entries", g.group().entries())));
            } else if (row instanceof TreeRow.Item i) {
                setText(i.entry().key());
                setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
                Highlights.kind(i.entry()).ifPresent(kind -> {
                    FontIcon icon = Icons.icon(kind == Highlights.Kind.EXTERNAL ? Icons.EXTERNAL : Icons.RESERVED,
                            Theme.HIGHLIGHT_ICON);
                    icon.getStyleClass().add(kind == Highlights.Kind.EXTERNAL ? "highlight-warning"
                            : "highlight-danger");
                    setGraphic(icon);
                    Tooltip tip = new Tooltip(Highlights.explain(i.entry()).orElse(""));
                    tip.setWrapText(true);
                    tip.setMaxWidth(420);
                    tip.setShowDelay(Duration.millis(200));
                    setTooltip(tip);
                });
            } else if (row instanceof TreeRow.More m) {
                setText(String.format("Show %,d more…", Math.min(m.remaining(), EntriesViewModel.PAGE)));
                getStyleClass().add("more-cell");
            } else {
                setText("Loading…");
            }
        }
    }

    /** The worst severity of a group or an entry, as a badge. */
    private static final class WorstCell extends TreeTableCell<TreeRow, TreeRow> {
        @Override
        protected void updateItem(TreeRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            Severity worst = null;
            if (row instanceof TreeRow.Group g) {
                worst = g.group().worst();
            } else if (row instanceof TreeRow.Item i) {
                worst = i.entry().worst();
            }
            setGraphic(worst == null ? null : SeverityBadge.of(worst));
        }
    }

    /** Tints rows whose entry is a dangerous routing: the incident class red, external routing amber. */
    private static final class HighlightRow extends TreeTableRow<TreeRow> {
        @Override
        protected void updateItem(TreeRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("row-danger", "row-warning", "row-group");
            if (empty || row == null) {
                return;
            }
            if (row instanceof TreeRow.Group) {
                getStyleClass().add("row-group");
            } else if (row instanceof TreeRow.Item i) {
                Highlights.kind(i.entry()).ifPresent(kind -> getStyleClass().add(
                        kind == Highlights.Kind.EXTERNAL ? "row-warning" : "row-danger"));
            }
        }
    }
}
