package org.auditbench.gui.findings;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.auditbench.gui.controls.FieldGrid;
import org.auditbench.gui.controls.SearchField;
import org.auditbench.gui.controls.SeverityBadge;
import org.auditbench.gui.theme.Icons;
import org.auditbench.gui.theme.Theme;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.MasterDetailPane;

/** Findings worst first, filtered in SQL by severity, rule, status, owner and text; evidence below. */
public final class FindingsView extends BorderPane {

    public static final String TABLE_ID = "findings-table";
    public static final String SEARCH_ID = "findings-search";
    public static final String DETAIL_ID = "finding-detail";

    private static final KeyCombination APPLY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final Map<KeyCombination, TriageStatus> STATUS_KEYS = Map.of(
            shortcut(KeyCode.O), TriageStatus.OPEN, shortcut(KeyCode.R), TriageStatus.REMEDIATE,
            shortcut(KeyCode.A), TriageStatus.ACCEPTED_RISK, shortcut(KeyCode.F), TriageStatus.FALSE_POSITIVE);

    private final FindingsViewModel model;
    private final SearchField search = new SearchField("Search domain, target, owner, rule or message  (Ctrl+F)");
    private final VBox detail = new VBox(8);
    private final TriagePanel triage;
    private final TableView<FindingRow> table;

    public FindingsView(FindingsViewModel model) {
        this.model = model;
        this.triage = new TriagePanel(model.triage());
        getStyleClass().add("findings-view");
        setTop(header());
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detailScroll.getStyleClass().add("edge-to-edge");
        detail.setId(DETAIL_ID);
        detail.getStyleClass().add("detail-pane");
        SplitPane lower = new SplitPane(detailScroll, triage);
        lower.setDividerPositions(0.56);
        SplitPane.setResizableWithParent(triage, false);
        this.table = buildTable();
        MasterDetailPane split = new MasterDetailPane(Side.BOTTOM, table, lower, true);
        split.setDividerPosition(0.52);
        setCenter(split);
        model.selected().addListener((obs, old, row) -> showDetail(row));
        showDetail(null);
        // triage from the keyboard wherever the focus is in this view (the table, the panel, the search field)
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (APPLY.match(e)) {
                model.triage().apply();
                e.consume();
                return;
            }
            STATUS_KEYS.entrySet().stream().filter(k -> k.getKey().match(e)).findFirst().ifPresent(k -> {
                triage.choose(k.getValue());
                e.consume();
            });
        });
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    /** What the triage panel's "Open new review…" does. */
    public void setOpenReview(Runnable action) {
        triage.setOpenReview(action);
    }

    /** The findings table (tests select rows in it). */
    public TableView<FindingRow> table() {
        return table;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private VBox header() {
        Label title = new Label("Findings");
        title.getStyleClass().add(Theme.VIEW_TITLE);
        search.setId(SEARCH_ID);
        search.setPrefColumnCount(30);
        search.textProperty().bindBidirectional(model.search());
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> model.reload());
        search.textProperty().addListener((obs, a, b) -> debounce.playFromStart());
        CheckComboBox<Severity> severity = filter("Severity", FXList.of(List.of(Severity.values())), model.severities(),
                s -> Theme.severityText(s));
        severity.setId("filter-severity");
        CheckComboBox<String> rule = filter("Rule", model.ruleChoices(), model.rules(), Function.identity());
        rule.setId("filter-rule");
        CheckComboBox<TriageStatus> status = filter("Status", FXList.of(List.of(TriageStatus.values())),
                model.statuses(), TriageStatus::id);
        status.setId("filter-status");
        CheckComboBox<String> owner = filter("Owner", model.ownerChoices(), model.owners(),
                o -> o.isEmpty() ? "(no owner)" : o);
        owner.setId("filter-owner");
        Button clear = new Button("Clear filters", Icons.icon(Icons.CLEAR));
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> model.clearFilters());
        Label summary = new Label();
        summary.getStyleClass().add(Theme.MUTED);
        summary.textProperty().bind(model.summary());
        summary.setMinWidth(0);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, search, spacer, summary);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox filters = new HBox(8, Icons.icon(Icons.FILTER), severity, rule, status, owner, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(8, top, filters);
        header.getStyleClass().add(Theme.VIEW_HEADER);
        return header;
    }

    /** A CheckComboBox kept in step with a view-model list, both ways, reloading on every change. */
    private <T> CheckComboBox<T> filter(String title, ObservableList<T> choices, ObservableList<T> chosen,
                                         Function<T, String> text) {
        CheckComboBox<T> box = new CheckComboBox<>(choices);
        // the title says how many are chosen; ControlsFX's own count does not follow later item changes
        box.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> chosen.isEmpty()
                ? title + ": any" : title + ": " + (chosen.size() == 1 ? text.apply(chosen.get(0))
                : chosen.size() + " of " + choices.size()), chosen, choices));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            if (syncing[0] || Objects.equals(List.copyOf(box.getCheckModel().getCheckedItems()), List.copyOf(chosen))) {
                return;
            }
            syncing[0] = true;
            box.getCheckModel().clearChecks();
            chosen.forEach(box.getCheckModel()::check);
            syncing[0] = false;
        };
        chosen.addListener((ListChangeListener<T>) c -> fromModel.run());
        choices.addListener((ListChangeListener<T>) c -> fromModel.run());
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            if (syncing[0]) {
                return;
            }
            syncing[0] = true;
            chosen.setAll(box.getCheckModel().getCheckedItems());
            syncing[0] = false;
            model.reload();
        });
        return box;
    }

    private TableView<FindingRow> buildTable() {
        TableView<FindingRow> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FindingRow, Severity> severity = new TableColumn<>("Severity");
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new SeverityCell());
        severity.setPrefWidth(100);
        severity.setMinWidth(100);
        table.getColumns().add(severity);
        table.getColumns().add(column("Rule", FindingRow::rule, 150));
        table.getColumns().add(column("Domain", FindingRow::key, 175));
        table.getColumns().add(column("Protocol", FindingRow::protocol, 82));
        table.getColumns().add(column("Target", FindingRow::target, 200));
        table.getColumns().add(column("Layer", FindingRow::layer, 64));
        table.getColumns().add(column("Owner", FindingRow::owner, 120));
        TableColumn<FindingRow, String> status = column("Status", FindingRow::statusText, 104);
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().add(status);
        table.getColumns().add(column("Waiver until", FindingRow::waiverExpires, 112));
        TableColumn<FindingRow, String> message = column("Finding", FindingRow::message, 200);
        message.setMinWidth(120);
        table.getColumns().add(message);
        for (TableColumn<FindingRow, ?> column : table.getColumns()) {
            column.setSortable(false); // rows come worst first from SQL, a page at a time
        }
        table.setPlaceholder(new Label("No findings match. Clear the filters, or import and scan (F5)."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selected().set(row));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<FindingRow>) c ->
                model.selection().setAll(table.getSelectionModel().getSelectedItems()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FindingRow row, boolean empty) {
                super.updateItem(row, empty);
                if (!empty && getIndex() >= model.rows().size() - 1 && model.hasMore()) {
                    model.loadMore();
                }
            }
        });
        model.rows().addListener((ListChangeListener<FindingRow>) c -> {
            Set<Long> wanted = model.wantedSelection().get();
            if (wanted != null && !wanted.isEmpty()) {
                reselect(table, wanted);
            } else if (table.getSelectionModel().isEmpty() && !model.rows().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
        return table;
    }

    /** Selects the rows with these ids again (after the workspace was re-read), the first of them focused. */
    private void reselect(TableView<FindingRow> table, Set<Long> ids) {
        table.getSelectionModel().clearSelection();
        int first = -1;
        for (int i = 0; i < model.rows().size(); i++) {
            if (ids.contains(model.rows().get(i).id())) {
                table.getSelectionModel().select(i);
                first = first < 0 ? i : first;
            }
        }
        if (first >= 0) {
            table.getFocusModel().focus(first);
            table.scrollTo(Math.max(0, first - 3));
        } else if (!model.rows().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    private void showDetail(FindingRow row) {
        detail.getChildren().clear();
        if (row == null) {
            Label hint = new Label("Select a finding to see its evidence. Ctrl+click or Shift+click selects several.");
            hint.getStyleClass().add(Theme.MUTED);
            detail.getChildren().add(hint);
            return;
        }
        Label message = new Label(row.message());
        message.setWrapText(true);
        message.getStyleClass().add("detail-title");
        HBox head = new HBox(8, SeverityBadge.of(row.severity()), new Label(row.rule()));
        head.setAlignment(Pos.CENTER_LEFT);
        Button entry = new Button("Show entry", Icons.icon(Icons.OPEN));
        entry.getStyleClass().add("flat");
        entry.setOnAction(e -> model.showEntry());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        head.getChildren().addAll(spacer, entry);
        FieldGrid grid = new FieldGrid();
        grid.add("Evidence", row.evidence());
        grid.add("Entry", row.key() + (row.protocol() == null ? "" : " " + row.protocol()) + " → "
                + (row.target().isEmpty() ? "(no target)" : row.target()));
        grid.add("Layer", row.layer());
        grid.add("Owner", row.owner());
        grid.add("Environment", row.environment());
        grid.add("Status", row.statusText() + (row.decidedBy() == null ? "" : "  (decided by " + row.decidedBy() + ")"));
        if (row.waiverUntil() != null) {
            grid.add("Waiver", row.waiverExpires() + (row.waiverReason() == null ? "" : " — " + row.waiverReason()));
        }
        if (row.comment() != null) {
            grid.add("Comment", row.comment());
        }
        grid.add("Source", row.source());
        grid.add("Fingerprint", row.fingerprint());
        detail.getChildren().addAll(head, message, grid);
    }

    private static TableColumn<FindingRow, String> column(String name, Function<FindingRow, String> value, double width) {
        TableColumn<FindingRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Objects.toString(value.apply(c.getValue()), "")));
        column.setPrefWidth(width);
        column.setMinWidth(width); // the last column (the finding's text) takes what is left
        return column;
    }

    /** The triage status, tinted: open stands out, waivers are muted, remediate is a call to act. */
    private static final class StatusCell extends TableCell<FindingRow, String> {
        @Override
        protected void updateItem(String status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeAll(STATUS_STYLES);
            setText(empty ? null : status);
            if (!empty && status != null) {
                getStyleClass().add("status-" + status);
            }
        }
    }

    private static final List<String> STATUS_STYLES = java.util.Arrays.stream(TriageStatus.values())
            .map(s -> "status-" + s.id()).toList();

    /** A coloured badge naming the severity. */
    private static final class SeverityCell extends TableCell<FindingRow, Severity> {
        @Override
        protected void updateItem(Severity severity, boolean empty) {
            super.updateItem(severity, empty);
            setText(null);
            setGraphic(empty || severity == null ? null : SeverityBadge.of(severity));
        }
    }

    /** Fixed choice lists as observable lists. */
    private static final class FXList {
        static <T> ObservableList<T> of(List<T> items) {
            return javafx.collections.FXCollections.observableArrayList(items);
        }
    }
}
