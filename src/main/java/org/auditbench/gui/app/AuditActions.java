package org.auditbench.gui.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.auditbench.gui.export.ExportReportDialog;
import org.auditbench.gui.review.SignOffDialog;
import org.auditbench.gui.theme.Icons;

/**
 * The audit commands of the window that open dialogs: who decides (asked once per session), export the
 * report, sign off, open a new review. Dialogs are shown without blocking; their answers come back through
 * callbacks, so the window (and its tests) never wait in a nested event loop.
 */
final class AuditActions {

    static final String REVIEWER_DIALOG_ID = "reviewer-dialog";
    static final String OPEN_REVIEW_DIALOG_ID = "open-review-dialog";

    private final WorkbenchViewModel model;
    private final Supplier<Window> owner;
    private Consumer<Path> folderOpener;

    AuditActions(WorkbenchViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        model.findings().triage().setIdentityCheck(this::withReviewer);
    }

    /** How "Open folder" shows a folder (the application's host services); null where there is no desktop. */
    void setFolderOpener(Consumer<Path> opener) {
        this.folderOpener = opener;
    }

    /** Runs {@code then} once the person deciding has said who they are in this session. */
    void withReviewer(Runnable then) {
        if (model.reviewerConfirmed().get()) {
            then.run();
            return;
        }
        askReviewer(then);
    }

    /** Asks for the reviewer's name (the remembered one filled in), then runs {@code then} (may be null). */
    void askReviewer(Runnable then) {
        TextInputDialog dialog = new TextInputDialog(model.reviewer().get());
        dialog.setTitle("Who is deciding?");
        dialog.setHeaderText("Decisions, exported reports and sign-offs are recorded in the audit log under your"
                + " name.");
        dialog.setContentText("Your name");
        dialog.getDialogPane().setId(REVIEWER_DIALOG_ID);
        dialog.setGraphic(Icons.icon(Icons.PERSON));
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(dialog.getEditor().textProperty().isEmpty());
        style(dialog);
        dialog.setOnHidden(e -> {
            String name = dialog.getResult();
            if (name != null && !name.isBlank()) {
                model.confirmReviewer(name);
                if (then != null) {
                    then.run();
                }
            }
        });
        dialog.show();
    }

    /** Opens the export-report dialog. */
    ExportReportDialog exportReport() {
        if (model.state().get() == null) {
            return null;
        }
        ExportReportDialog[] shown = new ExportReportDialog[1];
        withReviewer(() -> {
            shown[0] = new ExportReportDialog(owner.get(), model.exportReport(), folderOpener);
            shown[0].show();
        });
        return shown[0];
    }

    /** Opens the sign-off dialog. */
    SignOffDialog signOff() {
        if (model.state().get() == null) {
            return null;
        }
        SignOffDialog[] shown = new SignOffDialog[1];
        withReviewer(() -> {
            shown[0] = new SignOffDialog(owner.get(), model.signOff());
            shown[0].show();
        });
        return shown[0];
    }

    /** Asks for the period of a new review (the quarter of the review date filled in) and opens it. */
    void openReview() {
        if (model.state().get() == null) {
            return;
        }
        withReviewer(() -> {
            TextInputDialog dialog = new TextInputDialog(model.state().get().defaultPeriod());
            dialog.setTitle("Open a new review");
            dialog.setHeaderText("Decisions from now on belong to the new review until it is signed off.");
            dialog.setContentText("Period (e.g. 2026Q4)");
            dialog.getDialogPane().setId(OPEN_REVIEW_DIALOG_ID);
            dialog.setGraphic(Icons.icon(Icons.SIGN_OFF));
            style(dialog);
            dialog.setOnHidden(e -> {
                String period = dialog.getResult();
                if (period != null && !period.isBlank()) {
                    model.openReview(period.strip(), this::showError);
                }
            });
            dialog.show();
        });
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle("The review was not opened");
        alert.setHeaderText("The review was not opened");
        style(alert);
        alert.show();
    }

    private void style(Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
            if (window.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
            }
        }
    }
}
