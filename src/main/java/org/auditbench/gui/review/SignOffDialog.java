package org.auditbench.gui.review;

import static org.auditbench.gui.controls.FormParts.boundField;
import static org.auditbench.gui.controls.FormParts.cancelButton;
import static org.auditbench.gui.controls.FormParts.closeButton;
import static org.auditbench.gui.controls.FormParts.commandButton;
import static org.auditbench.gui.controls.FormParts.errorCallout;
import static org.auditbench.gui.controls.FormParts.footer;
import static org.auditbench.gui.controls.FormParts.formGrid;
import static org.auditbench.gui.controls.FormParts.muted;
import static org.auditbench.gui.controls.FormParts.problemLine;
import static org.auditbench.gui.controls.FormParts.sectionTitle;
import static org.auditbench.gui.controls.FormParts.successCallout;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.auditbench.gui.controls.DialogShell;
import org.auditbench.gui.controls.FieldGrid;
import org.auditbench.gui.review.SignOffModel.LockPreview;
import org.auditbench.gui.tasks.DialogCommand.Step;
import org.auditbench.gui.theme.Icons;
import org.auditbench.gui.theme.Theme;
import org.auditbench.model.SignOff;
import org.auditbench.model.TriageStatus;
import org.auditbench.triage.ReviewSummary;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** The sign-off dialog: statement, reviewer, role; what will be locked, shown before anything is signed. */
public final class SignOffDialog extends Stage {

    public static final String ID = "signoff-dialog";
    public static final String PERIOD_ID = "signoff-period";
    public static final String REVIEWER_ID = "signoff-reviewer";
    public static final String ROLE_ID = "signoff-role";
    public static final String STATEMENT_ID = "signoff-statement";
    public static final String LOCKS_ID = "signoff-locks";
    public static final String RUN_ID = "signoff-run";
    public static final String CLOSE_ID = "signoff-close";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final SignOffModel model;
    private final StackPane pages = new StackPane();
    private final FieldGrid locks = new FieldGrid();

    public SignOffDialog(Window owner, SignOffModel model) {
        this.model = model;
        setTitle("Sign off");
        DialogShell.install(this, owner, ID, "Sign off the review", "Signing records who vouched for what and"
                + " locks the review: later decisions need a new review.", pages, 860, 560,
                () -> model.step().get() != Step.RUNNING);
        locks.setId(LOCKS_ID);
        model.preview().addListener((obs, old, preview) -> showLocks(preview));
        model.previewError().addListener((obs, old, error) -> showLocks(model.preview().get()));
        showLocks(model.preview().get());
        DialogShell.showPages(pages, model.step(), this::form, this::running, () -> done(model.result().get()));
    }

    private Node form() {
        TextField period = new TextField(model.period().get());
        period.setId(PERIOD_ID);
        period.setPromptText("e.g. 2026Q4");
        // the lock preview follows the period as it is typed, once typing pauses
        PauseTransition debounce = new PauseTransition(Duration.millis(300));
        debounce.setOnFinished(e -> model.period().set(period.getText()));
        period.setOnAction(e -> {
            debounce.stop();
            model.period().set(period.getText());
        });
        period.textProperty().addListener((obs, old, text) -> debounce.playFromStart());
        TextField reviewer = boundField(model.reviewer(), REVIEWER_ID, "the person signing");
        TextField role = boundField(model.role(), ROLE_ID, "e.g. IT audit lead");
        TextArea statement = new TextArea();
        statement.setId(STATEMENT_ID);
        statement.setWrapText(true);
        statement.setPrefRowCount(4);
        statement.setPromptText("e.g. I reviewed every open finding of 2026Q4 and the decisions recorded on them.");
        statement.textProperty().bindBidirectional(model.statement());
        TextField report = new TextField(model.reportFile().get() == null ? "" : model.reportFile().get().toString());
        report.setId("signoff-report");
        report.setPromptText("optional: the exported report, so its SHA-256 is signed too");
        report.textProperty().addListener((obs, old, text) -> model.reportFile().set(text.isBlank() ? null
                : Path.of(text.strip())));
        HBox.setHgrow(report, Priority.ALWAYS);
        Button chooseReport = new Button("Choose…", Icons.icon(Icons.FILE));
        chooseReport.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("The exported report");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"));
            File chosen = chooser.showOpenDialog(this);
            if (chosen != null) {
                report.setText(chosen.toString());
            }
        });
        ValidationSupport validation = new ValidationSupport();
        // required fields carry the required marker from the start, and an error mark once edited empty
        validation.registerValidator(reviewer, true, Validator.createEmptyValidator("Name the reviewer who signs"));
        validation.registerValidator(role, true, Validator.createEmptyValidator("Give the reviewer's role"));
        validation.registerValidator(statement, true, Validator.createEmptyValidator(
                "Write the statement the reviewer vouches for"));
        GridPane grid = formGrid();
        grid.addRow(0, muted("Period"), period);
        grid.addRow(1, muted("Reviewer"), reviewer);
        grid.addRow(2, muted("Role"), role);
        grid.addRow(3, muted("Statement"), statement);
        grid.addRow(4, muted("Report"), new HBox(8, report, chooseReport));
        Label locksTitle = new Label("What the sign-off locks");
        locksTitle.getStyleClass().add(Theme.SECTION_TITLE);
        VBox lockCard = new VBox(8, locksTitle, locks);
        lockCard.getStyleClass().add("signoff-locks");
        lockCard.setPrefWidth(330);
        lockCard.setMinWidth(300);
        HBox body = new HBox(18, grid, lockCard);
        HBox.setHgrow(grid, Priority.ALWAYS);
        Label problem = problemLine(model.problem());
        problem.setId("signoff-problem");
        Label error = errorCallout("signoff-error", model.error());
        Button run = commandButton("Sign off and lock", Icons.SIGN_OFF, RUN_ID, model.problem());
        run.setOnAction(e -> model.signOff());
        return new VBox(12, body, problem, error, footer(run, cancelButton(this)));
    }

    private void showLocks(LockPreview p) {
        locks.clear();
        if (model.previewError().get() != null) {
            locks.add("Period", model.previewError().get());
            return;
        }
        if (p == null) {
            locks.add("Reading", "…");
            return;
        }
        locks.add("Period", p.period().toString());
        locks.add("Scan", p.scanId() == null ? "none yet" : "#" + p.scanId());
        locks.add("Snapshots", String.join("\n", p.snapshots()));
        locks.add("Findings", String.format("%,d", p.findings()));
        for (TriageStatus status : TriageStatus.values()) {
            long n = p.findingsByStatus().getOrDefault(status, 0L);
            if (n > 0) {
                locks.add("   " + status.id(), String.format("%,d", n));
            }
        }
        locks.add("Decisions", String.format("%,d", p.decisions()) + (p.reviewers().isEmpty() ? ""
                : " by " + p.reviewers().stream().collect(Collectors.joining(", "))));
    }

    private Node running() {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setMaxWidth(Double.MAX_VALUE);
        Label text = new Label("Computing the digests of the findings and decisions and recording the sign-off…");
        text.setWrapText(true);
        return new VBox(12, sectionTitle("Signing off…"), bar, text);
    }

    private Node done(ReviewSummary summary) {
        SignOff s = summary.signOff();
        Label signed = successCallout("signoff-result", "Review " + summary.period() + " is signed off by "
                + s.reviewer() + " (" + s.role() + ") on " + TIME.format(s.signedAt())
                + ". It is read-only now: further decisions need a new review.");
        FieldGrid facts = new FieldGrid();
        facts.add("Statement", s.statement());
        facts.add("Scan", "#" + s.scanId());
        facts.add("Findings SHA-256", s.findingsSha256());
        facts.add("Decisions SHA-256", s.decisionsSha256());
        facts.add("Report SHA-256", s.reportSha256() == null ? "no report file given" : s.reportSha256());
        facts.add("Audit-log row", s.auditSeq());
        return new VBox(12, signed, facts, footer(closeButton(this, CLOSE_ID)));
    }
}
