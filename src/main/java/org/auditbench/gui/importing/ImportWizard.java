package org.auditbench.gui.importing;

import static org.auditbench.gui.controls.FormParts.sectionTitle;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.auditbench.gui.controls.DialogShell;
import org.auditbench.gui.importing.ImportWizardViewModel.SourceKind;
import org.auditbench.gui.importing.ImportWizardViewModel.Step;
import org.auditbench.gui.theme.Icons;
import org.auditbench.gui.theme.Theme;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** The import wizard window: file, mapping, details, progress with cancel, result. */
public final class ImportWizard extends Stage {

    public static final String ID = "import-wizard";

    private final ImportWizardViewModel model;
    private final StackPane pages = new StackPane();
    private final Button back = new Button("_Back");
    private final Button next = new Button("_Next");
    private final Button close = new Button("Cancel");
    private final Label stepLabel = new Label();
    private Runnable scanNow = () -> { };

    public ImportWizard(Window owner, ImportWizardViewModel model) {
        this.model = model;
        setTitle("Import a source");
        BorderPane root = new BorderPane();
        root.setId(ID);
        root.getStyleClass().addAll("import-wizard", Theme.DIALOG_ROOT);
        stepLabel.getStyleClass().add(Theme.MUTED);
        Label title = new Label("Import a source");
        title.getStyleClass().add(Theme.VIEW_TITLE);
        HBox header = new HBox(12, title, stepLabel);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add(Theme.VIEW_HEADER);
        root.setTop(header);
        pages.setPadding(new Insets(12, 16, 12, 16));
        root.setCenter(pages);
        root.setBottom(footer());
        DialogShell.present(this, owner, root, 980, 680, () -> model.step().get() != Step.RUNNING);
        model.step().addListener((obs, old, step) -> showStep());
        model.preview().addListener((obs, old, p) -> {
            if (model.step().get() != Step.FILE) {
                showStep();
            }
        });
        setOnHidden(e -> model.close());
        showStep();
    }

    /** What "Scan now" on the result page does (the window's scan command). */
    public void setScanNow(Runnable action) {
        this.scanNow = action;
    }

    private HBox footer() {
        back.setOnAction(e -> model.back());
        next.setDefaultButton(true);
        next.setId("wizard-next");
        next.setOnAction(e -> model.next());
        close.setId("wizard-close");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            if (model.step().get() == Step.RUNNING) {
                model.cancelImport();
            } else {
                close();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, spacer, back, next, close);
        footer.getStyleClass().add("wizard-footer");
        footer.setAlignment(Pos.CENTER_RIGHT);
        return footer;
    }

    private void showStep() {
        Step step = model.step().get();
        stepLabel.setText("Step " + (Math.min(step.ordinal(), 3) + 1) + " of 4 · " + switch (step) {
            case FILE -> "choose a source";
            case MAPPING -> "preview and map columns";
            case DETAILS -> "describe the snapshot";
            case RUNNING -> "importing";
            case RESULT -> "result";
        });
        pages.getChildren().setAll(switch (step) {
            case FILE -> filePage();
            case MAPPING -> model.preview().get() == null ? new Label() : new MappingPage(model, this);
            case DETAILS -> detailsPage();
            case RUNNING -> runningPage();
            case RESULT -> new ImportResultPane(model, () -> {
                close();
                scanNow.run();
            });
        });
        back.setVisible(step == Step.MAPPING || step == Step.DETAILS);
        next.setVisible(step != Step.RUNNING && step != Step.RESULT);
        next.setText(step == Step.DETAILS ? "_Import" : "_Next");
        next.disableProperty().unbind();
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canAdvance(), model.step(),
                model.preview(), model.reading(), model.mappingProblem(), model.sourceName()));
        close.setText(step == Step.RUNNING ? "Cancel import" : step == Step.RESULT ? "Close" : "Cancel");
    }

    /** The first page: a file or folder, or a database; a toggle switches between the two forms. */
    private Node filePage() {
        ToggleButton fileKind = new ToggleButton("File or folder", Icons.icon(Icons.FILE));
        fileKind.setId("wizard-kind-file");
        ToggleButton databaseKind = new ToggleButton("Database (JDBC)", Icons.icon(Icons.SOURCES));
        databaseKind.setId("wizard-kind-database");
        fileKind.getStyleClass().add("left-pill");
        databaseKind.getStyleClass().add("right-pill");
        ToggleGroup kinds = new ToggleGroup();
        fileKind.setToggleGroup(kinds);
        databaseKind.setToggleGroup(kinds);
        kinds.selectToggle(model.kind().get() == SourceKind.DATABASE ? databaseKind : fileKind);
        HBox kindBar = new HBox(fileKind, databaseKind);
        kindBar.getStyleClass().add("import-kind");
        StackPane form = new StackPane();
        form.setAlignment(Pos.TOP_LEFT);
        Node files = fileForm();
        Node database = new DatabaseSourcePane(model);
        Label status = fileStatus();
        Runnable swap = () -> form.getChildren().setAll(model.kind().get() == SourceKind.DATABASE ? database : files);
        kinds.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                kinds.selectToggle(old);
                return;
            }
            model.kind().set(toggle == databaseKind ? SourceKind.DATABASE : SourceKind.FILE);
            swap.run();
        });
        swap.run();
        return new VBox(14, kindBar, form, status);
    }

    private Node fileForm() {
        Label intro = new Label("Choose a configuration export to import as a new snapshot: CSV/TSV, JSON, XLSX,"
                + " SQLite, a zone file, autodiscover or autoconfig XML — or a folder of them (an ISPDB). The format"
                + " is detected from the name and content; nothing is written until you press Import.");
        intro.setWrapText(true);
        TextField path = new TextField(model.file().get() == null ? "" : model.file().get().toString());
        path.setId("wizard-path");
        path.setPromptText("Path to a file or folder");
        model.file().addListener((obs, old, chosen) -> {
            if (chosen != null && !chosen.toString().equals(path.getText())) {
                path.setText(chosen.toString());
            }
        });
        path.setOnAction(e -> model.choose(path.getText().isBlank() ? null : Path.of(path.getText().strip())));
        HBox.setHgrow(path, Priority.ALWAYS);
        Button file = new Button("Choose _file…", Icons.icon(Icons.FILE));
        file.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import a configuration export");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Configuration exports",
                    "*.csv", "*.tsv", "*.txt", "*.json", "*.jsonl", "*.xlsx", "*.xml", "*.zone", "*.db", "*.sqlite"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File chosen = chooser.showOpenDialog(this);
            if (chosen != null) {
                path.setText(chosen.toString());
                model.choose(chosen.toPath());
            }
        });
        Button folder = new Button("Choose f_older…", Icons.icon(Icons.OPEN_WORKSPACE));
        folder.setOnAction(e -> {
            File chosen = new DirectoryChooser().showDialog(this);
            if (chosen != null) {
                path.setText(chosen.toString());
                model.choose(chosen.toPath());
            }
        });
        HBox row = new HBox(8, path, file, folder);
        return new VBox(12, intro, row);
    }

    /** What was detected, or what went wrong, for either kind of source. */
    private Label fileStatus() {
        Label status = new Label();
        status.setId("wizard-file-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.reading().get()) {
                return "Reading…";
            }
            if (model.fileError().get() != null) {
                return model.fileError().get();
            }
            if (model.preview().get() != null) {
                var p = model.preview().get();
                return "Detected format: " + p.format().toUpperCase(java.util.Locale.ROOT) + " · " + p.columns().size()
                        + " columns · " + p.automatic().size() + " recognised automatically. Press Next to check the"
                        + " mapping.";
            }
            return "Tip: you can also drop a file on the main window.";
        }, model.reading(), model.fileError(), model.preview()));
        status.getStyleClass().add(model.fileError().get() != null ? "text-danger" : Theme.MUTED);
        model.fileError().addListener((obs, o, err) -> {
            status.getStyleClass().removeAll("text-danger", Theme.MUTED);
            status.getStyleClass().add(err != null ? "text-danger" : Theme.MUTED);
        });
        return status;
    }

    private Node detailsPage() {
        ComboBox<String> source = new ComboBox<>(model.knownSources());
        source.setId("wizard-source");
        source.setEditable(true);
        source.getEditor().textProperty().bindBidirectional(model.sourceName());
        source.setPrefWidth(320);
        TextField label = field(model.label(), "wizard-label", "e.g. 2026Q4");
        TextField environment = field(model.environment(), "wizard-environment", "for rows that do not say, e.g. prod");
        TextField layer = field(model.layer(), "wizard-layer", "for rows that do not say, e.g. domain");
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(source.getEditor(), Validator.createEmptyValidator(
                "Name the source: the same name next quarter lets findings and decisions carry over"));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label("Source name"), source, hint("Same name each quarter: snapshots of one source are compared."));
        grid.addRow(1, new Label("Label"), label, hint("Names this snapshot, usually the quarter."));
        grid.addRow(2, new Label("Environment"), environment, hint("Optional."));
        grid.addRow(3, new Label("Layer"), layer, hint("Optional: the lookup tier of the whole file."));
        var p = model.preview().get();
        Label summary = new Label(p == null ? "" : "Importing " + p.input().locator() + " as " + p.format().toUpperCase(
                java.util.Locale.ROOT) + " with " + model.chosenMapping().size() + " mapped fields.");
        summary.setWrapText(true);
        summary.getStyleClass().add(Theme.MUTED);
        return new VBox(14, grid, summary);
    }

    private Node runningPage() {
        ProgressBar bar = new ProgressBar();
        bar.setId("wizard-progress");
        bar.progressProperty().bind(model.progress());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label text = new Label();
        text.textProperty().bind(model.progressText());
        Label hint = new Label("The import runs in one transaction: cancelling it leaves the workspace unchanged.");
        hint.getStyleClass().add(Theme.MUTED);
        VBox page = new VBox(12, sectionTitle("Importing…"), bar, text, hint);
        page.setAlignment(Pos.TOP_LEFT);
        return page;
    }

    private static TextField field(javafx.beans.property.StringProperty property, String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        field.setPrefWidth(320);
        return field;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Theme.MUTED);
        return label;
    }
}
