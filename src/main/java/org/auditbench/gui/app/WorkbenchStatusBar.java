package org.auditbench.gui.app;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import org.auditbench.gui.sources.AuditLogCheck;
import org.auditbench.gui.tasks.BackgroundTasks;
import org.auditbench.gui.theme.Icons;
import org.auditbench.triage.VerifyReport;
import org.controlsfx.control.StatusBar;

/**
 * The window's status bar: workspace, scope and counts on the left; on the right the review in force, who
 * decides (click to change), whether the audit log is intact (click to check again) and background jobs
 * with their progress (click for the list).
 */
final class WorkbenchStatusBar extends StatusBar {

    static final String REVIEWER_ID = "status-reviewer";
    static final String AUDIT_ID = "status-audit";
    static final String REVIEW_ID = "status-review";

    WorkbenchStatusBar(WorkbenchViewModel model, BackgroundTasks tasks, AuditActions audit, Consumer<Node> showJobs) {
        setId("status-bar");
        textProperty().bind(Bindings.createStringBinding(() -> WorkbenchViewModel.statusText(model.state().get()),
                model.state()));

        Label review = new Label();
        review.setId(REVIEW_ID);
        review.textProperty().bind(Bindings.createStringBinding(() -> reviewText(model), model.state()));
        review.graphicProperty().bind(Bindings.createObjectBinding(() -> model.state().get() != null
                && model.state().get().reviewLocked() ? Icons.icon(Icons.LOCKED) : Icons.icon(Icons.REVIEW),
                model.state()));

        Button reviewer = new Button(null, Icons.icon(Icons.PERSON));
        reviewer.setId(REVIEWER_ID);
        reviewer.getStyleClass().addAll("flat", "small");
        reviewer.textProperty().bind(Bindings.createStringBinding(() -> "Deciding as " + model.reviewer().get(),
                model.reviewer()));
        // until confirmed in this session the name is a suggestion: muted, and asked for at the first decision
        Runnable confirmedStyle = () -> {
            reviewer.getStyleClass().remove("unconfirmed");
            if (!model.reviewerConfirmed().get()) {
                reviewer.getStyleClass().add("unconfirmed");
            }
        };
        model.reviewerConfirmed().addListener((obs, old, on) -> confirmedStyle.run());
        confirmedStyle.run();
        reviewer.setTooltip(new Tooltip("The name decisions, reports and sign-offs are recorded under (asked once"
                + " per session, at the first of them); click to change it"));
        reviewer.setOnAction(e -> audit.askReviewer(null));

        AuditLogCheck check = model.auditCheck();
        Button auditLog = new Button();
        auditLog.setId(AUDIT_ID);
        auditLog.getStyleClass().addAll("flat", "small");
        auditLog.textProperty().bind(check.summary());
        auditLog.graphicProperty().bind(Bindings.createObjectBinding(() -> auditIcon(check), check.report(),
                check.checking(), check.error()));
        auditLog.setTooltip(new Tooltip("The hash-chained audit log of imports, scans, decisions and sign-offs;"
                + " click to verify it again"));
        auditLog.setOnAction(e -> check.verify());
        auditLog.visibleProperty().bind(model.state().isNotNull());

        Button jobs = new Button();
        jobs.setId("status-jobs");
        jobs.getStyleClass().addAll("flat", "small");
        jobs.textProperty().bind(Bindings.createStringBinding(() -> tasks.jobs().isEmpty() ? "No background jobs"
                : tasks.jobs().size() + " running: " + tasks.jobs().get(0).getTitle(), tasks.jobs()));
        jobs.setOnAction(e -> showJobs.accept(jobs));
        getRightItems().addAll(review, separator(), reviewer, separator(), auditLog, separator(), jobs);
        progressProperty().bind(Bindings.createDoubleBinding(() -> tasks.jobs().isEmpty() ? 0.0
                : tasks.jobs().get(0).getProgress() < 0 ? -1.0 : Math.max(0.01, tasks.jobs().get(0).getProgress()),
                tasks.jobs()));
    }

    private static String reviewText(WorkbenchViewModel model) {
        var state = model.state().get();
        if (state == null || state.review() == null) {
            return "No review open";
        }
        return state.reviewLocked() ? "Review " + state.review().period() + " signed off"
                : "Review " + state.review().period() + " open";
    }

    private static Node auditIcon(AuditLogCheck check) {
        VerifyReport report = check.report().get();
        if (check.checking().get()) {
            return Icons.icon(Icons.CHECKING);
        }
        if (report == null) {
            return check.error().get() == null ? null : Icons.icon(Icons.AUDIT_BROKEN, "audit-broken");
        }
        return report.intact() ? Icons.icon(Icons.AUDIT_INTACT, "audit-intact")
                : Icons.icon(Icons.AUDIT_BROKEN, "audit-broken");
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
