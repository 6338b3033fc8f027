package org.auditbench.gui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.auditbench.gui.entries.EntriesView;
import org.auditbench.gui.export.ExportReportDialog;
import org.auditbench.gui.findings.FindingsView;
import org.auditbench.gui.importing.ImportWizard;
import org.auditbench.gui.overview.OverviewView;
import org.auditbench.gui.review.SignOffDialog;
import org.auditbench.gui.sources.SourcesView;
import org.auditbench.gui.tasks.BackgroundTasks;
import org.auditbench.gui.theme.Icons;
import org.auditbench.gui.theme.Theme;
import org.auditbench.model.Severity;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.TaskProgressView;

/**
 * The workbench window's content: menu bar, toolbar, demo banner, left navigation, the current view
 * and the status bar with background progress. Files dropped anywhere on it start the import wizard.
 */
public final class MainWindow extends BorderPane {

    public static final String NAV_PREFIX = "nav-";

    private final WorkbenchViewModel model;
    private final BackgroundTasks tasks;
    private final OverviewView overview;
    private final EntriesView entries;
    private final FindingsView findings;
    private final SourcesView sources;
    private final StackPane content = new StackPane();
    private final Map<View, ToggleButton> nav = new java.util.EnumMap<>(View.class);
    private final WorkbenchMenus menus;
    private final AuditActions audit;

    public MainWindow(WorkbenchViewModel model, BackgroundTasks tasks) {
        this.model = model;
        this.tasks = tasks;
        this.audit = new AuditActions(model, this::window);
        this.overview = new OverviewView(model.overview());
        this.entries = new EntriesView(model.entries());
        this.findings = new FindingsView(model.findings());
        findings.setOpenReview(audit::openReview);
        this.sources = new SourcesView(model.sources(), model.auditCheck());
        this.menus = new WorkbenchMenus(model, this);
        getStyleClass().add("workbench");
        setTop(new VBox(menus.bar(), toolbar(), banner(), messageBar()));
        setLeft(navigation());
        content.getStyleClass().add("view-content");
        setCenter(content);
        setBottom(new WorkbenchStatusBar(model, tasks, audit, this::showJobs));
        model.view().addListener((obs, old, view) -> show(view));
        show(model.view().get());
        model.lastScan().addListener((obs, old, result) -> {
            if (result != null) {
                notifyScan(result);
            }
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            Dragboard board = e.getDragboard();
            boolean accepted = board.hasFiles() && !board.getFiles().isEmpty();
            if (accepted) {
                dropped(board.getFiles());
            }
            e.setDropCompleted(accepted);
            e.consume();
        });
    }

    /** Files dropped on the window: the first one goes into the import wizard, already read ahead. */
    public ImportWizard dropped(List<File> files) {
        return openImportWizard(files.isEmpty() ? null : files.get(0).toPath());
    }

    /** Opens the import wizard, optionally with a file already chosen. */
    public ImportWizard openImportWizard(Path file) {
        if (model.state().get() == null) {
            return null;
        }
        var wizardModel = model.importWizard();
        ImportWizard wizard = new ImportWizard(window(), wizardModel);
        wizard.setScanNow(model::scan);
        if (file != null) {
            wizardModel.choose(file);
        }
        wizard.show();
        return wizard;
    }

    /** Opens the export-report dialog (after asking who exports, once per session). */
    public ExportReportDialog openExportDialog() {
        return audit.exportReport();
    }

    /** Opens the sign-off dialog (after asking who signs, once per session). */
    public SignOffDialog openSignOffDialog() {
        return audit.signOff();
    }

    /** Asks for a period and opens a new review. */
    public void openNewReview() {
        audit.openReview();
    }

    /** Asks who is deciding (to change the name given earlier in the session). */
    void askReviewer() {
        audit.askReviewer(null);
    }

    /** How "Open folder" after an export shows the folder; null (the default) where there is no desktop. */
    public void setFolderOpener(java.util.function.Consumer<Path> opener) {
        audit.setFolderOpener(opener);
    }

    /** Ctrl+F: the search field of the current view. */
    void focusSearch() {
        switch (model.view().get()) {
            case ENTRIES -> entries.focusSearch();
            case FINDINGS -> findings.focusSearch();
            default -> {
                model.navigate(View.FINDINGS);
                findings.focusSearch();
            }
        }
    }

    void chooseAndOpen() {
        FileChooser chooser = workspaceChooser("Open a workspace");
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            model.open(file.toPath(), WorkbenchViewModel.isDemo(file.toPath()));
        }
    }

    void chooseAndCreate() {
        FileChooser chooser = workspaceChooser("Create a new workspace");
        chooser.setInitialFileName("audit-workspace.db");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.create(file.toPath());
        }
    }

    void chooseAndScan() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Scan with a policy file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Policy (YAML)", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            model.scanWith(file.toPath());
        }
    }

    void showJobs(Node anchor) {
        TaskProgressView<javafx.concurrent.Task<?>> view = new TaskProgressView<>();
        Bindings.bindContent(view.getTasks(), tasks.jobs());
        view.setPrefSize(420, 220);
        PopOver pop = new PopOver(view);
        pop.setTitle("Background jobs");
        pop.setHeaderAlwaysVisible(true);
        pop.setDetachable(false);
        pop.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        pop.show(anchor);
    }

    private static FileChooser workspaceChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Auditbench workspace", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void show(View view) {
        Node node = switch (view) {
            case OVERVIEW -> overview;
            case ENTRIES -> entries;
            case FINDINGS -> findings;
            case SOURCES -> sources;
        };
        content.getChildren().setAll(node);
        nav.get(view).setSelected(true);
    }

    private ToolBar toolbar() {
        Button create = tool("New", Icons.NEW_WORKSPACE, "New workspace (Ctrl+N)", this::chooseAndCreate);
        Button open = tool("Open", Icons.OPEN_WORKSPACE, "Open a workspace (Ctrl+O)", this::chooseAndOpen);
        MenuButton recent = new MenuButton("Recent");
        recent.setId("tool-recent");
        recent.setTooltip(new Tooltip("Recently opened workspaces"));
        recent.setOnShowing(e -> recent.getItems().setAll(menus.recentItems()));
        recent.getItems().setAll(menus.recentItems());
        Button importButton = tool("Import…", Icons.IMPORT, "Import a file as a new snapshot (Ctrl+I)",
                () -> openImportWizard(null));
        importButton.setId("tool-import");
        SplitMenuButton scan = new SplitMenuButton();
        scan.setText("Scan");
        scan.setId("tool-scan");
        scan.setGraphic(Icons.icon(Icons.SCAN));
        scan.setTooltip(new Tooltip("Scan with the policy of the last scan (F5)"));
        scan.setOnAction(e -> model.scan());
        MenuItem withFile = new MenuItem("Scan with a policy file…");
        withFile.setOnAction(e -> chooseAndScan());
        MenuItem builtIn = new MenuItem("Scan with the built-in policy");
        builtIn.setOnAction(e -> model.scanBuiltIn());
        scan.getItems().addAll(withFile, builtIn);
        scan.disableProperty().bind(model.scanning().or(model.state().isNull()));
        Button export = tool("Export report…", Icons.EXPORT, "Write the quarterly Excel report (Ctrl+E)",
                this::openExportDialog);
        export.setId("tool-export");
        export.disableProperty().bind(noScan());
        Button signOff = tool("Sign off…", Icons.SIGN_OFF, "Sign the review off and lock it", this::openSignOffDialog);
        signOff.setId("tool-signoff");
        signOff.disableProperty().bind(noScan());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button theme = new Button(null, Icons.icon(Icons.THEME));
        theme.setId("tool-theme");
        theme.getStyleClass().addAll("button-icon", "flat");
        theme.setTooltip(new Tooltip("Switch between light and dark theme (Ctrl+Shift+L)"));
        theme.setOnAction(e -> model.toggleTheme());
        ToolBar bar = new ToolBar(create, open, recent, new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL), importButton, scan,
                new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL), export, signOff, spacer, theme);
        bar.getStyleClass().add("workbench-toolbar");
        return bar;
    }

    /** True while there is nothing to report or sign: no workspace, or one never scanned. */
    javafx.beans.binding.BooleanBinding noScan() {
        return Bindings.createBooleanBinding(() -> model.state().get() == null || model.state().get().scan() == null,
                model.state());
    }

    private static Button tool(String text, org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button button = new Button(text, Icons.icon(icon));
        if (tip != null) {
            button.setTooltip(new Tooltip(tip));
        }
        button.setOnAction(e -> action.run());
        return button;
    }

    private Node banner() {
        Label text = new Label("Demo workspace: Contoso Mail's autodiscover configuration for 2026Q3 and 2026Q4,"
                + " with the example.com incident planted. Open or create your own workspace to audit real data.",
                Icons.icon(Icons.INFO));
        text.setWrapText(true);
        Button open = new Button("Open a workspace…");
        open.getStyleClass().addAll("flat", "small");
        open.setOnAction(e -> chooseAndOpen());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(12, text, spacer, open);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setId("demo-banner");
        banner.getStyleClass().add(Theme.BANNER);
        banner.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.state().get() != null && model.state().get().demo(), model.state()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node messageBar() {
        Label text = new Label();
        text.setId("window-message");
        text.textProperty().bind(model.message());
        text.setWrapText(true);
        HBox bar = new HBox(text);
        bar.getStyleClass().add("message-bar");
        bar.visibleProperty().bind(model.message().isNotNull().and(model.message().isNotEmpty()));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private VBox navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4);
        box.getStyleClass().add("navigation");
        for (View view : View.values()) {
            ToggleButton button = new ToggleButton(view.label(), Icons.icon(view.icon()));
            button.setMnemonicParsing(true);
            button.setId(NAV_PREFIX + view.id());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setTooltip(new Tooltip(view.title() + " (Ctrl+" + (view.ordinal() + 1) + ")"));
            button.setOnAction(e -> {
                model.navigate(view);
                button.setSelected(true);
            });
            nav.put(view, button);
            box.getChildren().add(button);
        }
        return box;
    }

    private void notifyScan(org.auditbench.rules.engine.ScanResult result) {
        long critical = result.bySeverity().getOrDefault(Severity.CRITICAL, 0L);
        String text = String.format("%,d findings in %,d entries", result.findings(), result.entries());
        Notifications notification = Notifications.create().owner(window()).hideAfter(Duration.seconds(critical > 0
                ? 15 : 5)).position(Pos.TOP_RIGHT);
        if (critical > 0) {
            notification.title("Scan " + result.scanId() + ": " + critical + " critical finding" + (critical == 1 ? ""
                    : "s")).text(text + ". Click to see the critical ones.")
                    .onAction(e -> model.showFindings(new org.auditbench.workspace.FindingFilter(
                            java.util.Set.of(Severity.CRITICAL), null, null, null, null)))
                    .showError();
        } else {
            notification.title("Scan " + result.scanId() + " finished").text(text + ".").showInformation();
        }
    }

    public OverviewView overviewView() {
        return overview;
    }

    public EntriesView entriesView() {
        return entries;
    }

    public FindingsView findingsView() {
        return findings;
    }

    public SourcesView sourcesView() {
        return sources;
    }
}
