package org.auditbench.gui.findings;

import static org.auditbench.gui.controls.FormParts.muted;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.auditbench.gui.controls.FormParts;
import org.auditbench.gui.theme.Icons;
import org.auditbench.gui.theme.Theme;
import org.auditbench.model.TriageStatus;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The triage panel: status buttons (Ctrl+Shift+O/R/A/F), a comment, and for waivers a reason and a last day
 * (decorated until given); Apply (Ctrl+Enter) decides about every selected finding. Read-only, with the
 * way out, while the newest review is signed off.
 */
final class TriagePanel extends ScrollPane {

    static final String ID = "triage-panel";
    static final String APPLY_ID = "triage-apply";
    static final String REASON_ID = "triage-reason";
    static final String UNTIL_ID = "triage-until";
    static final String COMMENT_ID = "triage-comment";
    static final String STATUS_PREFIX = "triage-status-";
    static final String LOCK_ID = "triage-lock";
    static final String RESULT_ID = "triage-result";
    static final String ERROR_ID = "triage-error";
    static final String OPEN_REVIEW_ID = "triage-open-review";

    private final TriagePanelModel model;
    private final TextArea reason = new TextArea();
    private final DatePicker until = new DatePicker();
    private final TextField comment = new TextField();
    private Runnable openReview = () -> { };

    TriagePanel(TriagePanelModel model) {
        this.model = model;
        setId(ID);
        setFitToWidth(true);
        getStyleClass().addAll("edge-to-edge", "triage-scroll");
        Label title = new Label("Decide");
        title.getStyleClass().add(Theme.SECTION_TITLE);
        Label count = new Label();
        count.getStyleClass().add(Theme.MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> switch (model.selection().size()) {
            case 0 -> "nothing selected";
            case 1 -> "1 finding selected";
            default -> model.selection().size() + " findings selected";
        }, model.selection()));
        HBox head = new HBox(10, title, count);
        head.setAlignment(Pos.BASELINE_LEFT);

        VBox form = new VBox(10, statusButtons(), fields(), actions());
        form.disableProperty().bind(model.lockMessage().isNotNull());
        VBox content = new VBox(10, head, lockBox(), form, feedback(RESULT_ID, model.result(),
                FormParts.CALLOUT_SUCCESS, Icons.OK), feedback(ERROR_ID, model.error(), FormParts.CALLOUT_DANGER,
                Icons.ERROR));
        content.getStyleClass().addAll("detail-pane", "triage-panel");
        setContent(content);
        validation();
    }

    /** What "Open new review…" does (the window asks for the period and opens it). */
    void setOpenReview(Runnable action) {
        this.openReview = action;
    }

    /** Chooses a status from the keyboard; a waiver moves the focus to its reason. */
    void choose(TriageStatus status) {
        if (model.lockMessage().get() != null) {
            return;
        }
        model.status().set(status);
        if (status.isWaiver()) {
            reason.requestFocus();
        } else {
            comment.requestFocus();
        }
    }

    private HBox statusButtons() {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        buttons.getStyleClass().add("status-choice");
        String[] keys = {"O", "R", "A", "F"};
        for (int i = 0; i < TriagePanelModel.CHOICES.size(); i++) {
            TriageStatus status = TriagePanelModel.CHOICES.get(i);
            ToggleButton button = new ToggleButton(label(status));
            button.setId(STATUS_PREFIX + status.id());
            button.setToggleGroup(group);
            button.setUserData(status);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(button, Priority.ALWAYS);
            button.setTooltip(new Tooltip(tip(status) + " (Ctrl+Shift+" + keys[i] + ")"));
            button.getStyleClass().add(i == 0 ? "left-pill" : i == TriagePanelModel.CHOICES.size() - 1 ? "right-pill"
                    : "center-pill");
            buttons.getChildren().add(button);
        }
        // the group follows the model both ways; clicking the chosen button again keeps it chosen
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null && model.status().get() != null) {
                group.selectToggle(old);
            } else if (toggle != null) {
                model.status().set((TriageStatus) toggle.getUserData());
            }
        });
        model.status().addListener((obs, old, status) -> select(group, status));
        select(group, model.status().get());
        return buttons;
    }

    private static void select(ToggleGroup group, TriageStatus status) {
        group.getToggles().stream().filter(t -> t.getUserData() == status).findFirst()
                .ifPresentOrElse(group::selectToggle, () -> group.selectToggle(null));
    }

    private GridPane fields() {
        comment.setId(COMMENT_ID);
        comment.setPromptText("Optional note, e.g. a ticket number");
        comment.textProperty().bindBidirectional(model.comment());
        reason.setId(REASON_ID);
        reason.setPromptText("Why the finding is acceptable (required for a waiver)");
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(model.reason());
        reason.disableProperty().bind(model.waiver().not());
        until.setId(UNTIL_ID);
        until.setPromptText("last valid day");
        until.valueProperty().bindBidirectional(model.until());
        until.disableProperty().bind(model.waiver().not());
        until.setMaxWidth(Double.MAX_VALUE);
        HBox quick = new HBox(2, quick("+30 d", 30), quick("+90 d", 90), quick("+1 y", 365));
        quick.disableProperty().bind(model.waiver().not());
        quick.setAlignment(Pos.CENTER_LEFT);
        quick.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(until, Priority.ALWAYS);
        HBox untilRow = new HBox(6, until, quick);
        untilRow.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(names, values);
        grid.addRow(0, muted("Comment"), comment);
        grid.addRow(1, muted("Reason"), reason);
        grid.addRow(2, muted("Waiver until"), untilRow);
        return grid;
    }

    private Button quick(String text, int days) {
        Button button = new Button(text);
        button.getStyleClass().addAll("flat", "small");
        button.setTooltip(new Tooltip("Waive until " + days + " days from today"));
        button.setOnAction(e -> model.until().set(LocalDate.now().plusDays(days)));
        return button;
    }

    private HBox actions() {
        Button apply = new Button("Apply", Icons.icon(Icons.OK));
        apply.setId(APPLY_ID);
        apply.getStyleClass().add(FormParts.ACCENT);
        apply.setTooltip(new Tooltip("Record the decision for every selected finding (Ctrl+Enter)"));
        apply.disableProperty().bind(model.problem().isNotNull().or(model.busy()));
        apply.setOnAction(e -> model.apply());
        apply.setMinWidth(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.getStyleClass().add(Theme.MUTED);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.busy().get() ? "Recording…"
                : model.problem().get() == null ? "to " + model.selection().size() + " finding"
                + (model.selection().size() == 1 ? "" : "s") + " (Ctrl+Enter)" : model.problem().get(),
                model.busy(), model.problem(), model.selection()));
        HBox actions = new HBox(10, apply, problem);
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private VBox lockBox() {
        Label text = new Label(null, Icons.icon(Icons.SIGN_OFF));
        text.setWrapText(true);
        text.textProperty().bind(model.lockMessage());
        Button open = new Button("Open new review…");
        open.setId(OPEN_REVIEW_ID);
        open.getStyleClass().add("small");
        open.setOnAction(e -> openReview.run());
        VBox box = new VBox(8, text, open);
        box.setId(LOCK_ID);
        box.getStyleClass().addAll(FormParts.CALLOUT, FormParts.CALLOUT_ACCENT);
        box.visibleProperty().bind(model.lockMessage().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Label feedback(String id, javafx.beans.value.ObservableStringValue text, String style,
                                  org.kordamp.ikonli.Ikon icon) {
        Label label = FormParts.callout(id, null, icon, style);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isBlank(),
                text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Decorates the reason and the last day while a waiver lacks them (ControlsFX validation). */
    private void validation() {
        ValidationSupport support = new ValidationSupport();
        support.registerValidator(reason, false, (control, value) -> ValidationResult.fromErrorIf(control,
                "A waiver needs a reason saying why the finding is acceptable",
                model.waiver().get() && (value == null || value.toString().isBlank())));
        support.registerValidator(until, false, (control, value) -> ValidationResult.fromMessageIf(control,
                value == null ? "A waiver needs its last valid day, after which the finding re-opens"
                        : "This day has passed: the waiver lapses at once",
                value == null ? Severity.ERROR : Severity.WARNING,
                model.waiver().get() && (value == null || ((LocalDate) value).isBefore(LocalDate.now()))));
        // show the decorations as soon as a waiver is chosen, not only after the first keystroke
        model.status().addListener((obs, old, status) -> {
            support.revalidate();
            support.initInitialDecoration();
        });
    }

    private static String label(TriageStatus status) {
        return switch (status) {
            case OPEN -> "Open";
            case REMEDIATE -> "Remediate";
            case ACCEPTED_RISK -> "Accept risk";
            case FALSE_POSITIVE -> "False positive";
            case FIXED -> "Fixed";
        };
    }

    private static String tip(TriageStatus status) {
        return switch (status) {
            case OPEN -> "Back to open: nobody has decided yet";
            case REMEDIATE -> "The configuration must change; the finding stays until a scan no longer finds it";
            case ACCEPTED_RISK -> "Waive: the risk is known and accepted until a day you choose";
            case FALSE_POSITIVE -> "Waive: the rule is wrong about this entry, until a day you choose";
            case FIXED -> "Set by a scan";
        };
    }
}
