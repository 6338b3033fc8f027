package org.auditbench.gui.export;

import static org.auditbench.gui.controls.FormParts.boundField;
import static org.auditbench.gui.controls.FormParts.cancelButton;
import static org.auditbench.gui.controls.FormParts.closeButton;
import static org.auditbench.gui.controls.FormParts.commandButton;
import static org.auditbench.gui.controls.FormParts.errorCallout;
import static org.auditbench.gui.controls.FormParts.formGrid;
import static org.auditbench.gui.controls.FormParts.muted;
import static org.auditbench.gui.controls.FormParts.problemLine;
import static org.auditbench.gui.controls.FormParts.sectionTitle;
import static org.auditbench.gui.controls.FormParts.successCallout;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.auditbench.gui.controls.DialogShell;
import org.auditbench.gui.controls.FieldGrid;
import org.auditbench.gui.controls.FormParts;
import org.auditbench.gui.tasks.DialogCommand.Step;
import org.auditbench.gui.theme.Icons;
import org.auditbench.gui.theme.Theme;
import org.auditbench.report.ReportResult;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** The export-report dialog: period, reviewer, file, optional signing key; progress; the file's SHA-256. */
public final class ExportReportDialog extends Stage {

    public static final String ID = "export-dialog";
    public static final String PERIOD_ID = "export-period";
    public static final String REVIEWER_ID = "export-reviewer";
    public static final String FILE_ID = "export-file";
    public static final String RUN_ID = "export-run";
    public static final String SHA_ID = "export-sha";
    public static final String OPEN_FOLDER_ID = "export-open-folder";
    public static final String CLOSE_ID = "export-close";
    public static final String CANCEL_EXPORT_ID = "export-cancel";

    private final ExportReportModel model;
    private final Consumer<Path> folderOpener;
    private final StackPane pages = new StackPane();
    private final PasswordField password = new PasswordField();

    /** @param folderOpener shows a folder in the desktop's file manager; null where there is no desktop */
    public ExportReportDialog(Window owner, ExportReportModel model, Consumer<Path> folderOpener) {
        this.model = model;
        this.folderOpener = folderOpener;
        setTitle("Export report");
        DialogShell.install(this, owner, ID, "Export the quarterly report", "An Excel workbook of the latest scan"
                + " with its triage; its SHA-256 goes into the audit log.", pages, 720, 470,
                () -> model.step().get() != Step.RUNNING);
        setOnHidden(e -> password.clear());
        DialogShell.showPages(pages, model.step(), this::form, this::running, () -> done(model.result().get()));
    }

    private Node form() {
        TextField period = boundField(model.period(), PERIOD_ID, "e.g. 2026Q4 or 2026-10-01..2026-12-31");
        TextField reviewer = boundField(model.reviewer(), REVIEWER_ID, "who is to sign the review off");
        TextField file = new TextField();
        file.setId(FILE_ID);
        file.textProperty().bindBidirectional(model.file(), new StringConverter<>() {
            @Override
            public String toString(Path path) {
                return path == null ? "" : path.toString();
            }

            @Override
            public Path fromString(String text) {
                return text == null || text.isBlank() ? null : Path.of(text.strip());
            }
        });
        HBox.setHgrow(file, Priority.ALWAYS);
        Button chooseFile = new Button("Choose…", Icons.icon(Icons.FILE));
        chooseFile.setOnAction(e -> chooseFile());
        CheckBox sign = new CheckBox("Sign the workbook with a PKCS#12 key (OOXML digital signature)");
        sign.setId("export-sign");
        sign.setSelected(model.keystore().get() != null);
        TextField keystore = new TextField(model.keystore().get() == null ? "" : model.keystore().get().toString());
        keystore.setId("export-keystore");
        keystore.setPromptText("path to a .p12 / .pfx file");
        keystore.textProperty().addListener((obs, old, text) -> model.keystore().set(text.isBlank() ? null
                : Path.of(text.strip())));
        HBox.setHgrow(keystore, Priority.ALWAYS);
        Button chooseKey = new Button("Choose…", Icons.icon(Icons.FILE));
        chooseKey.setOnAction(e -> chooseKey(keystore));
        password.setId("export-password");
        password.setPromptText("keystore password (used once, never stored)");
        TextField alias = boundField(model.keyAlias(), "export-alias", "only when the keystore holds several keys");
        GridPane key = formGrid();
        key.addRow(0, muted("Keystore"), new HBox(8, keystore, chooseKey));
        key.addRow(1, muted("Password"), password);
        key.addRow(2, muted("Key alias"), alias);
        key.visibleProperty().bind(sign.selectedProperty());
        key.managedProperty().bind(key.visibleProperty());
        sign.selectedProperty().addListener((obs, old, on) -> {
            if (!on) {
                keystore.clear();
                password.clear();
            }
        });
        GridPane grid = formGrid();
        grid.addRow(0, muted("Period"), period);
        grid.addRow(1, muted("Reviewer"), reviewer);
        grid.addRow(2, muted("File"), new HBox(8, file, chooseFile));
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(period, true, (c, v) -> ValidationResult.fromErrorIf(c,
                "A quarter such as 2026Q4 or days such as 2026-10-01..2026-12-31", !validPeriod(String.valueOf(v))));
        validation.registerValidator(file, true, (c, v) -> ValidationResult.fromErrorIf(c,
                "An .xlsx file in an existing folder", model.file().get() == null
                        || !model.file().get().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")));
        validation.initInitialDecoration(); // a default that is already wrong shows at once
        Label problem = problemLine(model.problem());
        Label error = errorCallout("export-error", model.error());
        Button run = commandButton("Export", Icons.EXPORT, RUN_ID, model.problem());
        run.setDefaultButton(true);
        run.setOnAction(e -> {
            char[] secret = sign.isSelected() ? password.getText().toCharArray() : new char[0];
            password.clear();
            model.export(secret);
        });
        return new VBox(12, grid, sign, key, problem, error, footer(run, cancelButton(this)));
    }

    private static boolean validPeriod(String text) {
        try {
            org.auditbench.report.ReviewPeriods.check(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Node running() {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("export-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        Label text = new Label();
        text.textProperty().bind(model.progressText());
        Label hint = new Label("The workbook is written in the background; the window stays usable.");
        hint.getStyleClass().add(Theme.MUTED);
        Button cancel = new Button("Cancel export");
        cancel.setId(CANCEL_EXPORT_ID);
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(12, sectionTitle("Exporting…"), bar, text, hint, buttons);
    }

    private Node done(ReportResult result) {
        Label counts = successCallout("export-result", String.format(
                "Wrote the %s report of scan %d: %,d findings on %d sheets%s.", result.period(), result.scanId(),
                result.findings(), result.sheets().size(), result.signed() ? ", digitally signed" : ""));
        TextField sha = new TextField(result.sha256());
        sha.setId(SHA_ID);
        sha.setEditable(false);
        sha.getStyleClass().add("monospace");
        HBox.setHgrow(sha, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.getStyleClass().add("small");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(result.sha256());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox shaRow = new HBox(8, sha, copy);
        shaRow.setAlignment(Pos.CENTER_LEFT);
        FieldGrid facts = new FieldGrid();
        facts.add("File", result.file());
        facts.add("Sheets", String.join(", ", result.sheets()));
        facts.add("Findings digest", result.findingsSha256());
        Label recorded = new Label("The file's SHA-256 is recorded in the workspace's audit log; hand it in with"
                + " the workbook so anyone can check the file is the one exported.");
        recorded.setWrapText(true);
        recorded.getStyleClass().add(Theme.MUTED);
        Button open = new Button("Open folder", Icons.icon(Icons.OPEN_WORKSPACE));
        open.setId(OPEN_FOLDER_ID);
        if (folderOpener == null) {
            open.setDisable(true);
            Tooltip.install(open, new Tooltip("No desktop to open folders on; the path is above"));
        }
        open.setOnAction(e -> folderOpener.accept(result.file().toAbsolutePath().getParent()));
        return new VBox(12, counts, sectionTitle("SHA-256 of the file"), shaRow, facts, recorded,
                footer(open, closeButton(this, CLOSE_ID)));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the report as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"));
        Path current = model.file().get();
        if (current != null && current.toAbsolutePath().getParent() != null
                && current.toAbsolutePath().getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(this);
        if (chosen != null) {
            Path path = chosen.toPath();
            model.file().set(path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? path
                    : path.resolveSibling(path.getFileName() + ".xlsx"));
        }
    }

    private void chooseKey(TextField keystore) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Signing key (PKCS#12)");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PKCS#12 keystore", "*.p12", "*.pfx"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(this);
        if (chosen != null) {
            keystore.setText(chosen.toString());
        }
    }

    private static HBox footer(Node... buttons) {
        HBox footer = FormParts.footer(buttons);
        footer.setPadding(new Insets(8, 0, 0, 0));
        return footer;
    }
}
