package org.auditbench.gui.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.auditbench.gui.session.WorkspaceAccess;
import org.auditbench.gui.session.WorkspaceState;
import org.auditbench.gui.tasks.DialogCommand;
import org.auditbench.gui.tasks.DialogCommand.Step;
import org.auditbench.model.Review;
import org.auditbench.model.SignOff;
import org.auditbench.model.Snapshot;
import org.auditbench.model.TriageStatus;
import org.auditbench.triage.ReviewPeriod;
import org.auditbench.triage.ReviewService;
import org.auditbench.triage.ReviewSummary;
import org.auditbench.triage.TriageException;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * The sign-off dialog's state and command: statement, reviewer and role, an optional report file whose
 * SHA-256 goes into the sign-off, and — read before anything is signed — what the sign-off will lock: the
 * period, the scan and its snapshots, the findings by status and the decisions of the review. Signing goes
 * through {@link ReviewService#signOff}; afterwards the review is read-only.
 */
public final class SignOffModel {

    /**
     * What a sign-off of {@code period} would lock.
     *
     * @param scanId    the scan whose findings are signed, or null when nothing was scanned
     * @param snapshots the snapshots that scan covered, as "source label (#id)"
     * @param refusal   why the core would refuse this sign-off (already signed, another review open), or null
     */
    public record LockPreview(ReviewPeriod period, Long scanId, List<String> snapshots,
                              Map<TriageStatus, Long> findingsByStatus, long decisions, List<String> reviewers,
                              String refusal) {

        public LockPreview {
            snapshots = List.copyOf(snapshots);
            findingsByStatus = Map.copyOf(findingsByStatus);
            reviewers = List.copyOf(reviewers);
        }

        public long findings() {
            return findingsByStatus.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final WorkspaceAccess access;
    private final DialogCommand<ReviewSummary> command = new DialogCommand<>();
    private final StringProperty period = new SimpleStringProperty("");
    private final StringProperty reviewer = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty statement = new SimpleStringProperty("");
    private final ObjectProperty<Path> reportFile = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LockPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper previewError = new ReadOnlyStringWrapper();
    private final StringBinding problem;

    /**
     * @param signer     the session's reviewer, the default signer
     * @param lastReport the report exported in this session, offered for the sign-off's report digest; may be null
     */
    public SignOffModel(WorkspaceAccess access, WorkspaceState state, String signer, Path lastReport) {
        this.access = access;
        this.reviewer.set(signer == null ? "" : signer);
        this.reportFile.set(lastReport);
        Review review = state == null ? null : state.review();
        period.set(review != null && !review.signed() ? review.period() : state == null ? "" : state.defaultPeriod());
        problem = Bindings.createStringBinding(this::firstProblem, preview, previewError, reviewer, role, statement,
                reportFile);
        period.addListener((o, a, b) -> loadPreview());
        loadPreview();
    }

    private String firstProblem() {
        if (previewError.get() != null) {
            return previewError.get();
        }
        LockPreview p = preview.get();
        if (p == null) {
            return "Reading what the sign-off will lock…";
        }
        if (p.refusal() != null) {
            return p.refusal();
        }
        if (p.scanId() == null) {
            return "Nothing to sign off: the workspace has not been scanned yet.";
        }
        if (reviewer.get().isBlank()) {
            return "Name the reviewer who signs.";
        }
        if (role.get().isBlank()) {
            return "Give the reviewer's role, e.g. IT audit lead.";
        }
        if (statement.get().isBlank()) {
            return "Write the statement the reviewer vouches for.";
        }
        if (reportFile.get() != null && !Files.isRegularFile(reportFile.get())) {
            return "The report file " + reportFile.get() + " does not exist.";
        }
        return null;
    }

    /** Re-reads what a sign-off of the period in the field would lock. */
    public void loadPreview() {
        String text = period.get();
        preview.set(null);
        previewError.set(null);
        ReviewPeriod parsed;
        try {
            parsed = ReviewPeriod.parse(text);
        } catch (TriageException e) {
            previewError.set(capitalise(e.getMessage()) + ".");
            return;
        }
        access.read("signoff-preview", "Reading what the sign-off locks", ws -> preview(ws, parsed), loaded -> {
            if (text.equals(period.get())) {
                preview.set(loaded);
            }
        }, failure -> previewError.set("Cannot read the review: " + failure.message()));
    }

    static LockPreview preview(Workspace ws, ReviewPeriod period) throws TriageException, WorkspaceException {
        ReviewSummary summary = new ReviewService(ws).summaryOf(period.label());
        List<String> snapshots = new ArrayList<>();
        for (long id : summary.snapshotIds()) {
            Optional<Snapshot> s = ws.snapshots().byId(id);
            snapshots.add(s.map(x -> x.sourceName() + (x.label() == null ? "" : " " + x.label()) + " (#" + id + ")")
                    .orElse("snapshot #" + id));
        }
        Map<TriageStatus, Long> byStatus = new EnumMap<>(TriageStatus.class);
        byStatus.putAll(summary.findingsByStatus());
        return new LockPreview(period, summary.scanId(), snapshots, byStatus, summary.decisions(), summary.reviewers(),
                refusal(ws, period, summary));
    }

    private static String refusal(Workspace ws, ReviewPeriod period, ReviewSummary summary) throws WorkspaceException {
        if (summary.signed()) {
            SignOff s = summary.signOff();
            return "Review " + summary.period() + " was already signed off by " + s.reviewer() + " on "
                    + s.signedAt().toString().substring(0, 10) + " and is read-only; open a new review to amend it.";
        }
        Optional<Review> open = ws.reviews().open();
        if (open.isPresent() && !period.sameDays(open.get().start(), open.get().end())) {
            return "The open review is " + open.get().period() + ", not " + period.label() + "; sign off "
                    + open.get().period() + " instead.";
        }
        return null;
    }

    /** Signs off on a background job; the window re-reads the workspace afterwards. */
    public void signOff() {
        if (problem.get() != null || command.running()) {
            return;
        }
        String p = period.get();
        String who = reviewer.get();
        String as = role.get();
        String says = statement.get();
        Path report = reportFile.get();
        command.started();
        access.job("Signing off " + p, (ws, progress) -> new ReviewService(ws).signOff(p, who, as, says, report),
                command::finished, failure -> {
                    command.stopped(failure.message());
                    loadPreview();
                });
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public void setOnSigned(Consumer<ReviewSummary> handler) {
        command.setOnFinished(handler);
    }

    public ReadOnlyObjectProperty<Step> step() {
        return command.step();
    }

    public StringProperty period() {
        return period;
    }

    public StringProperty reviewer() {
        return reviewer;
    }

    public StringProperty role() {
        return role;
    }

    public StringProperty statement() {
        return statement;
    }

    /** A report file whose SHA-256 the sign-off records, or null. */
    public ObjectProperty<Path> reportFile() {
        return reportFile;
    }

    public ReadOnlyObjectProperty<LockPreview> preview() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewError() {
        return previewError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReviewSummary> result() {
        return command.result();
    }

    /** Why the sign-off was refused, as the core said it, or null. */
    public ReadOnlyStringProperty error() {
        return command.error();
    }

    /** The first thing that keeps the sign-off from running, or null. */
    public StringBinding problem() {
        return problem;
    }
}
