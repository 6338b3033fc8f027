package org.auditbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.auditbench.model.FindingTriage;
import org.auditbench.model.Scan;
import org.auditbench.model.SignOff;
import org.auditbench.model.Waiver;
import org.auditbench.triage.ReviewService;
import org.auditbench.triage.ReviewSummary;
import org.auditbench.triage.TriageException;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/** The report's view of triage, read from the workspace's decisions, waivers and reviews. */
public final class TriageBackedView implements TriageView {

    private final Workspace workspace;
    private final ReviewService reviews;

    public TriageBackedView(Workspace workspace) {
        this.workspace = workspace;
        this.reviews = new ReviewService(workspace);
    }

    @Override
    public Optional<CurrentDecision> decision(String fingerprint) throws ReportException {
        try {
            FindingTriage triage = workspace.decisions().current(fingerprint);
            return triage == FindingTriage.UNDECIDED ? Optional.empty() : Optional.of(of(triage));
        } catch (WorkspaceException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }

    /**
     * The decision as the Findings sheet shows it: the status in force, the comment (for a waiver without
     * one, its reason, which is what a reviewer reads back as the reason) and the waiver's last day.
     */
    public static CurrentDecision of(FindingTriage triage) {
        boolean waived = triage.status().isWaiver();
        String comment = triage.comment() != null ? triage.comment() : waived ? triage.waiverReason() : null;
        return new CurrentDecision(triage.status(), comment, waived ? triage.waiverUntil() : null);
    }

    @Override
    public List<WaiverRow> waivers(String period) throws ReportException {
        List<WaiverRow> rows = new ArrayList<>();
        try {
            Long latest = workspace.scans().latest().map(Scan::id).orElse(null);
            workspace.decisions().<WorkspaceException>forEachWaiver(latest, w -> rows.add(row(w, latest)));
        } catch (WorkspaceException e) {
            throw new ReportException(e.getMessage(), e);
        }
        return rows;
    }

    private WaiverRow row(Waiver w, Long latestScan) throws WorkspaceException {
        String subject = latestScan == null ? null : workspace.reportData().ruleAndKeyOf(latestScan, w.fingerprint())
                .map(ruleAndKey -> ruleAndKey[1]).orElse(null);
        WaiverRow.State state = switch (w.state()) {
            case ACTIVE -> WaiverRow.State.ACTIVE;
            case ORPHANED -> WaiverRow.State.ORPHANED;
            case EXPIRED -> WaiverRow.State.EXPIRED;
        };
        return new WaiverRow(state, w.fingerprint(), w.rule(), subject, w.status(), w.reason(), w.decidedBy(),
                w.decidedAt(), w.until());
    }

    @Override
    public Optional<SignoffInfo> signoff(String period) throws ReportException {
        ReviewSummary summary = summary(period);
        if (!summary.signed()) {
            return Optional.empty();
        }
        SignOff s = summary.signOff();
        return Optional.of(new SignoffInfo(summary.period(), s.reviewer(), s.role(), s.statement(), s.signedAt(),
                s.findingsSha256(), s.decisionsSha256()));
    }

    @Override
    public ReviewStats statistics(String period) throws ReportException {
        ReviewSummary s = summary(period);
        return new ReviewStats(s.decisions(), s.decisions() == 0 ? null : s.bulkShare(),
                s.medianSecondsBetweenIndividualDecisions(), s.reviewers());
    }

    @Override
    public String decisionsSha256(String period) throws ReportException {
        try {
            return reviews.decisionsSha256(summary(period));
        } catch (WorkspaceException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }

    private ReviewSummary summary(String period) throws ReportException {
        try {
            return reviews.summaryOf(period);
        } catch (TriageException | WorkspaceException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }
}
