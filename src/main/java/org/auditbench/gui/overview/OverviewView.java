package org.auditbench.gui.overview;

import java.time.YearMonth;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.auditbench.gui.controls.FormParts;
import org.auditbench.gui.controls.SeverityBadge;
import org.auditbench.gui.session.WorkspaceState;
import org.auditbench.gui.theme.Icons;
import org.auditbench.gui.theme.Theme;
import org.auditbench.model.Severity;
import org.auditbench.workspace.OverviewDao.Count;
import org.auditbench.workspace.OverviewDao.MonthCount;

/** Severity tiles with trends, findings by rule, expiries by month and top owners; everything clicks through. */
public final class OverviewView extends ScrollPane {

    public static final String TILES_ID = "overview-tiles";

    private final OverviewViewModel model;
    private final Label subtitle = new Label();
    private final HBox tiles = new HBox(12);
    private final VBox rules = card("Findings by rule", "Click a bar to list its findings.");
    private final VBox expiries = card("Expiries by month", "Entries expiring from the review date on; click a month.");
    private final VBox owners = card("Top owners by open findings", "Click an owner to list their findings.");
    private final VBox scope = card("In scope", "What the views show and the latest scan judged.");

    public OverviewView(OverviewViewModel model) {
        this.model = model;
        getStyleClass().addAll("overview-view", "edge-to-edge");
        setFitToWidth(true);
        Label title = new Label("Overview");
        title.getStyleClass().add(Theme.VIEW_TITLE);
        subtitle.getStyleClass().add(Theme.MUTED);
        subtitle.setWrapText(true);
        HBox header = new HBox(12, title, subtitle);
        header.setAlignment(Pos.BASELINE_LEFT);
        tiles.setId(TILES_ID);
        tiles.getStyleClass().add("tiles");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        // the long rule chart on the left beside expiries and owners stacked, so neither column runs empty
        grid.add(rules, 0, 0, 1, 2);
        grid.add(expiries, 1, 0);
        grid.add(owners, 1, 1);
        grid.add(scope, 0, 2, 2, 1);
        VBox content = new VBox(16, header, tiles, grid);
        content.getStyleClass().add("overview-content");
        setContent(content);
        model.data().addListener((obs, old, data) -> show(data));
        model.topOwners().addListener((obs, old, list) -> setBody(owners, list == null ? null : ownerList(list)));
        model.state().addListener((obs, old, state) -> {
            subtitle.setText(describe(state));
            setBody(scope, state == null ? null : scopeGrid(state));
        });
        model.error().addListener((obs, old, error) -> {
            if (error != null) {
                subtitle.setText(error);
            }
        });
        show(null);
        setBody(owners, null);
        setBody(scope, null);
    }

    private static String describe(WorkspaceState s) {
        if (s == null) {
            return "";
        }
        String scan = s.scan() == null ? "not scanned yet — press F5 to scan" : "scan " + s.scan().id();
        return String.format("%s · %s · %,d entries · review date %s", s.scopeLabel(), scan, s.entryCount(),
                s.reviewDate());
    }

    private void show(OverviewData data) {
        tiles.getChildren().clear();
        for (Severity severity : Severity.values()) {
            tiles.getChildren().add(tile(severity, data));
        }
        setBody(rules, data == null ? null : rulesChart(data));
        setBody(expiries, data == null ? null : expiryChart(data));
    }

    private Button tile(Severity severity, OverviewData data) {
        Label count = new Label(data == null ? "–" : String.format("%,d", data.count(severity)));
        count.getStyleClass().add("tile-count");
        Label name = new Label(Theme.severityText(severity));
        name.getStyleClass().add("tile-name");
        Label open = new Label(data == null ? " " : data.count(severity) == 0 ? "none found"
                : data.open(severity) == data.count(severity) ? "all open"
                : String.format("%,d open · %,d decided", data.open(severity), data.count(severity) - data.open(severity)));
        open.getStyleClass().add("tile-open");
        Long trend = data == null ? null : data.trend(severity);
        Label change = new Label(trend == null ? "first scan" : trend == 0 ? "no change"
                : String.format("%+,d since last scan", trend),
                Icons.icon(trend == null || trend == 0 ? Icons.TREND_FLAT : trend > 0 ? Icons.TREND_UP : Icons.TREND_DOWN));
        change.getStyleClass().addAll("tile-trend", trend == null || trend == 0 ? "trend-flat"
                : trend > 0 ? "trend-up" : "trend-down");
        VBox box = new VBox(2, count, name, open, change);
        Button tile = new Button(null, box);
        tile.setId("tile-" + severity.id());
        tile.getStyleClass().addAll(Theme.SEVERITY_TILE, Theme.severityClass(severity));
        tile.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setTooltip(new Tooltip("List the " + severity.id() + " findings"));
        tile.setOnAction(e -> model.openSeverity(severity));
        return tile;
    }

    private Node rulesChart(OverviewData data) {
        if (data.byRule().isEmpty()) {
            return empty("No findings in the latest scan.");
        }
        CategoryAxis y = new CategoryAxis();
        NumberAxis x = new NumberAxis();
        integerTicks(x);
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setId("chart-rules");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(6);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (int i = data.byRule().size() - 1; i >= 0; i--) {
            Count c = data.byRule().get(i);
            XYChart.Data<Number, String> bar = new XYChart.Data<>(c.count(), c.name());
            clickable(bar, c.worst(), c.name() + ": " + c.count() + " findings", () -> model.openRule(c.name()));
            series.getData().add(bar);
        }
        chart.getData().add(series);
        chart.setPrefHeight(Math.max(260, 30 * data.byRule().size() + 60));
        chart.setMinHeight(Region.USE_PREF_SIZE);
        return chart;
    }

    private Node expiryChart(OverviewData data) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        integerTicks(y);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("chart-expiries");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(4);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        XYChart.Data<String, Number> expired = new XYChart.Data<>("Expired", data.expired());
        clickable(expired, Severity.HIGH, data.expired() + " entries expired before " + data.reviewDate(),
                model::openExpired);
        series.getData().add(expired);
        YearMonth first = YearMonth.from(data.reviewDate());
        for (int i = 0; i < OverviewViewModel.EXPIRY_MONTHS; i++) {
            YearMonth month = first.plusMonths(i);
            long count = data.expiries().stream().filter(m -> m.month().equals(month)).mapToLong(MonthCount::count)
                    .sum();
            XYChart.Data<String, Number> bar = new XYChart.Data<>(label(month), count);
            clickable(bar, i < 3 ? Severity.LOW : null, count + " entries expire in " + month,
                    () -> model.openExpiryMonth(month));
            series.getData().add(bar);
        }
        chart.getData().add(series);
        chart.setPrefHeight(260);
        return chart;
    }

    /** Counts are whole numbers: no minor ticks, no fractional labels, thousands grouped (1,000,000). */
    private static void integerTicks(NumberAxis axis) {
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.format(Locale.ENGLISH, "%,d", n.longValue())
                        : "";
            }

            @Override
            public Number fromString(String s) {
                return Long.valueOf(s.replace(",", ""));
            }
        });
    }

    private static String label(YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " "
                + String.valueOf(month.getYear()).substring(2);
    }

    private Node ownerList(java.util.List<Count> topOwners) {
        if (topOwners.isEmpty()) {
            return empty("No open findings.");
        }
        VBox list = new VBox(2);
        list.setId("top-owners");
        long max = topOwners.get(0).count();
        for (Count c : topOwners) {
            String owner = c.name().isEmpty() ? "(no owner)" : c.name();
            Label name = new Label(owner);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            Region bar = new Region();
            bar.getStyleClass().addAll("owner-bar", Theme.severityClass(c.worst() == null ? Severity.INFO : c.worst()));
            bar.setPrefWidth(Math.max(4, 140.0 * c.count() / Math.max(1, max)));
            bar.setMinWidth(Region.USE_PREF_SIZE);
            bar.setMaxWidth(Region.USE_PREF_SIZE); // the box must not stretch every bar to full length
            StackPane barBox = new StackPane(bar);
            barBox.setAlignment(Pos.CENTER_LEFT);
            barBox.setMinWidth(150);
            barBox.setPrefWidth(150);
            Label count = new Label(String.format(Locale.ENGLISH, "%,d", c.count()));
            count.setMinWidth(36);
            HBox row = new HBox(10, c.worst() == null ? new Region() : SeverityBadge.of(c.worst()), name, barBox, count);
            row.setAlignment(Pos.CENTER_LEFT);
            Button button = new Button(null, row);
            button.getStyleClass().addAll("flat", "owner-row");
            button.setMaxWidth(Double.MAX_VALUE);
            row.prefWidthProperty().bind(button.widthProperty().subtract(24));
            button.setOnAction(e -> model.openOwner(c.name()));
            list.getChildren().add(button);
        }
        return list;
    }

    private static Node scopeGrid(WorkspaceState s) {
        org.auditbench.gui.controls.FieldGrid grid = new org.auditbench.gui.controls.FieldGrid();
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.systemDefault());
        for (org.auditbench.model.Snapshot snapshot : s.snapshots()) {
            grid.add(snapshot.sourceName(), String.format("%s · %,d entries · %,d rejected · imported %s",
                    snapshot.label() == null ? "snapshot " + snapshot.id() : snapshot.label(), snapshot.importedCount(),
                    snapshot.rejectedCount(), snapshot.finishedAt() == null ? "?" : time.format(snapshot.finishedAt())));
        }
        if (s.scan() == null) {
            grid.add("Scan", "none yet: press F5 to scan with the built-in policy or Shift+F5 to choose a policy file");
        } else {
            grid.add("Scan", "scan " + s.scan().id() + " finished " + (s.scan().finishedAt() == null ? "?"
                    : time.format(s.scan().finishedAt())) + String.format(" · %,d findings", s.scan().findingCount()));
            grid.add("Policy", "SHA-256 " + s.scan().policyHash().substring(0, 16) + "… · review date " + s.reviewDate());
            grid.add("Reference data", s.scan().referenceVersions());
        }
        grid.add("Workspace", s.file().toString());
        return grid;
    }

    private static <X, Y> void clickable(XYChart.Data<X, Y> bar, Severity severity, String tip, Runnable action) {
        bar.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                if (severity != null) {
                    // the chart resets the bar's style classes right after creating it
                    javafx.application.Platform.runLater(() -> node.getStyleClass().add(Theme.severityClass(severity)));
                }
                node.setCursor(Cursor.HAND);
                Tooltip.install(node, new Tooltip(tip));
                node.setOnMouseClicked(e -> action.run());
            }
        });
    }

    private static void setBody(VBox card, Node body) {
        if (card.getChildren().size() > 2) {
            card.getChildren().remove(2, card.getChildren().size());
        }
        card.getChildren().add(body == null ? empty("Loading…") : body);
    }

    private static VBox card(String title, String hint) {
        Label t = FormParts.sectionTitle(title);
        VBox card = new VBox(6, t, empty(hint));
        card.getStyleClass().add(Theme.CARD);
        card.setMaxHeight(Double.MAX_VALUE);
        return card;
    }

    private static Label empty(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Theme.MUTED);
        return label;
    }
}
