package org.auditbench.gui.findings;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.auditbench.gui.session.WorkspaceAccess;
import org.auditbench.gui.session.WorkspaceState;
import org.auditbench.model.Review;
import org.auditbench.model.SignOff;
import org.auditbench.model.TriageStatus;
import org.auditbench.triage.DecisionRequest;
import org.auditbench.triage.TriageResult;
import org.auditbench.triage.TriageService;

/**
 * The triage panel beside the findings table: a status, a comment and, for waivers, a reason and a last
 * day, applied to every selected finding at once. Decisions go through {@link TriageService#decide} by
 * fingerprint on a background job, so they are checked by the core and land in the audit log; whatever
 * the core refuses (a signed-off review, a waiver too far ahead) is shown as it says it.
 */
public final class TriagePanelModel {

    /** The statuses a person may choose; {@code fixed} is only ever set by a scan. */
    public static final List<TriageStatus> CHOICES = List.of(TriageStatus.OPEN, TriageStatus.REMEDIATE,
            TriageStatus.ACCEPTED_RISK, TriageStatus.FALSE_POSITIVE);

    private final WorkspaceAccess access;
    private final ObservableList<FindingRow> selection;
    private final ObjectProperty<WorkspaceState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<TriageStatus> status = new SimpleObjectProperty<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final StringProperty actor = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<TriageResult> lastResult = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding waiver = Bindings.createBooleanBinding(
            () -> status.get() != null && status.get().isWaiver(), status);
    private final StringBinding lockMessage;
    private final StringBinding problem;
    /** The person has changed the panel since it was last filled in from the selection. */
    private boolean edited;
    private boolean prefilling;
    private Consumer<Runnable> identityCheck = Runnable::run;
    private Consumer<TriageResult> onDecided = r -> { };

    TriagePanelModel(WorkspaceAccess access, ObservableList<FindingRow> selection) {
        this.access = access;
        this.selection = selection;
        this.lockMessage = Bindings.createStringBinding(() -> lockMessage(state.get()), state);
        this.problem = Bindings.createStringBinding(this::firstProblem, selection, status, reason, until, lockMessage,
                actor);
        selection.addListener((ListChangeListener<FindingRow>) c -> prefill());
        status.addListener((o, a, b) -> markEdited());
        comment.addListener((o, a, b) -> markEdited());
        reason.addListener((o, a, b) -> markEdited());
        until.addListener((o, a, b) -> markEdited());
    }

    private void markEdited() {
        if (!prefilling) {
            edited = true;
        }
    }

    /**
     * Shows where the selection stands (its status, reason and waiver when the selected findings agree), unless
     * the person has started a decision: selecting more rows must not wipe what they typed.
     */
    private void prefill() {
        if (busy.get() || selection.isEmpty() || edited) {
            return;
        }
        prefilling = true;
        try {
            fillFromSelection();
        } finally {
            prefilling = false;
        }
    }

    private void fillFromSelection() {
        FindingRow first = selection.get(0);
        boolean same = selection.stream().allMatch(r -> r.status() == first.status()
                && Objects.equals(r.waiverReason(), first.waiverReason())
                && Objects.equals(r.waiverUntil(), first.waiverUntil()));
        status.set(same ? first.status() : null);
        reason.set(same && first.waiverReason() != null ? first.waiverReason() : "");
        until.set(same ? first.waiverUntil() : null);
        comment.set("");
    }

    private static String lockMessage(WorkspaceState s) {
        Review review = s == null ? null : s.review();
        if (review == null || !review.signed()) {
            return null;
        }
        SignOff signOff = review.signOff();
        return "Review " + review.period() + " was signed off by " + signOff.reviewer()
                + (signOff.role() == null ? "" : " (" + signOff.role() + ")") + " on "
                + signOff.signedAt().toString().substring(0, 10) + " and is read-only."
                + " Open a new review to record further decisions.";
    }

    private String firstProblem() {
        if (lockMessage.get() != null) {
            return lockMessage.get();
        }
        if (selection.isEmpty()) {
            return "Select one or more findings (Ctrl+click or Shift+click selects several).";
        }
        TriageStatus s = status.get();
        if (s == null) {
            return "Choose the new status.";
        }
        if (s.isWaiver() && reason.get().isBlank()) {
            return s.id() + " is a waiver: say why the finding is acceptable.";
        }
        if (s.isWaiver() && until.get() == null) {
            return s.id() + " is a waiver: choose its last day, after which the finding re-opens.";
        }
        return null;
    }

    /** Records the decision for every selected finding, after the window knows who is deciding. */
    public void apply() {
        if (problem.get() != null || busy.get()) {
            return;
        }
        identityCheck.accept(this::record);
    }

    private void record() {
        if (problem.get() != null || busy.get()) {
            return;
        }
        TriageStatus chosen = status.get();
        boolean isWaiver = chosen.isWaiver();
        DecisionRequest request = new DecisionRequest(chosen, actor.get(), comment.get(),
                isWaiver ? reason.get() : null, isWaiver ? until.get() : null);
        List<String> fingerprints = selection.stream().map(FindingRow::fingerprint).distinct().toList();
        busy.set(true);
        result.set(null);
        error.set(null);
        access.job(fingerprints.size() == 1 ? "Recording a decision" : "Recording " + fingerprints.size()
                + " decisions", (ws, progress) -> new TriageService(ws).decide(fingerprints, request), done -> {
                    busy.set(false);
                    edited = false;
                    lastResult.set(done);
                    result.set(describe(done, request));
                    onDecided.accept(done);
                }, failure -> {
                    busy.set(false);
                    error.set(failure.message());
                });
    }

    static String describe(TriageResult done, DecisionRequest request) {
        StringBuilder text = new StringBuilder(String.format("Marked %,d finding%s %s", done.count(),
                done.count() == 1 ? "" : "s", done.status().id()));
        if (request.until() != null) {
            text.append(" until ").append(request.until());
        }
        text.append(" as ").append(request.actor().strip()).append(" · audit-log row ").append(done.auditSeq());
        if (done.review() != null) {
            text.append(" · review ").append(done.review());
        }
        text.append('.');
        for (String warning : done.warnings()) {
            text.append(' ').append(Character.toUpperCase(warning.charAt(0))).append(warning.substring(1)).append('.');
        }
        if (!done.lapses().isEmpty()) {
            text.append(String.format(" %,d lapsed waiver%s re-opened first.", done.lapses().size(),
                    done.lapses().size() == 1 ? "" : "s"));
        }
        return text.toString();
    }

    /** Forgets what the person typed and shows the selection's own status again. */
    public void reset() {
        edited = false;
        prefill();
    }

    /** How the window makes sure it knows who decides (asks once per session) before running {@code then}. */
    public void setIdentityCheck(Consumer<Runnable> check) {
        this.identityCheck = check;
    }

    /** What happens after a decision was recorded (the window re-reads the workspace). */
    public void setOnDecided(Consumer<TriageResult> handler) {
        this.onDecided = handler;
    }

    public ObjectProperty<WorkspaceState> state() {
        return state;
    }

    public ObjectProperty<TriageStatus> status() {
        return status;
    }

    public StringProperty comment() {
        return comment;
    }

    public StringProperty reason() {
        return reason;
    }

    public ObjectProperty<LocalDate> until() {
        return until;
    }

    /** Who decides: the name the window asked for, shown in the status bar. */
    public StringProperty actor() {
        return actor;
    }

    public ObservableList<FindingRow> selection() {
        return selection;
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** Whether the chosen status is a waiver (reason and last day required). */
    public BooleanBinding waiver() {
        return waiver;
    }

    /** Why decisions are refused now (a signed-off review), or null. */
    public StringBinding lockMessage() {
        return lockMessage;
    }

    /** The first thing that keeps the decision from being applied, or null when it can be. */
    public StringBinding problem() {
        return problem;
    }

    /** What the last decision did, or null. */
    public ReadOnlyStringProperty result() {
        return result.getReadOnlyProperty();
    }

    /** Why the last decision was refused, as the core said it, or null. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TriageResult> lastResult() {
        return lastResult.getReadOnlyProperty();
    }
}
