package org.auditbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.auditbench.importer.DateParser;
import org.auditbench.model.TriageStatus;

/**
 * Turns the rows of a returned workbook into decisions. A row is a decision when its status, comment
 * or waiver date differs from the standing decision. Rows with an unknown fingerprint, an invalid
 * status, an incomplete waiver, a repeated fingerprint, or an edit to a signed-off period are listed
 * with their row numbers and not applied.
 */
public final class DecisionValidator {

    private final DecisionContext context;
    private final String period;
    private final String decidedBy;
    private final LocalDate today;
    private final Optional<SignoffInfo> signoff;
    private final List<Decision> decisions = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, String> seen = new HashMap<>();
    private long rows;
    private long unchanged;

    public DecisionValidator(DecisionContext context, String period, String decidedBy, LocalDate today)
            throws ReportException {
        if (decidedBy == null || decidedBy.isBlank()) {
            throw new IllegalArgumentException("decisions need the name of who made them (--by NAME)");
        }
        this.context = context;
        this.period = period;
        this.decidedBy = decidedBy.strip();
        this.today = today;
        this.signoff = context.signoff(period);
    }

    /** Judges one row; call for every finding row of the workbook, then {@link #result()}. */
    public void accept(ReturnedRow row) throws ReportException {
        String fingerprint = blankToNull(row.fingerprint());
        String statusText = blankToNull(row.status());
        String comment = blankToNull(row.comment());
        String until = blankToNull(row.waiverUntil());
        if (fingerprint == null && statusText == null && comment == null && until == null) {
            return;
        }
        rows++;
        if (fingerprint == null) {
            problem(row, null, "no fingerprint, so the row cannot be matched to a finding");
            return;
        }
        String earlier = seen.putIfAbsent(fingerprint, row.where());
        if (earlier != null) {
            problem(row, fingerprint, "fingerprint " + fingerprint + " appears again (first in " + earlier + ")");
            return;
        }
        Optional<CurrentDecision> current = context.current(fingerprint);
        if (current.isEmpty()) {
            problem(row, fingerprint, "unknown fingerprint " + fingerprint
                    + " (the workspace's latest scan raised no such finding)");
            return;
        }
        if (statusText == null) {
            problem(row, fingerprint, "Status is empty (choose open, remediate, accepted-risk or false-positive)");
            return;
        }
        TriageStatus status;
        try {
            status = TriageStatus.parse(statusText);
        } catch (IllegalArgumentException e) {
            problem(row, fingerprint, "invalid status '" + statusText + "' (expected open, remediate, accepted-risk"
                    + " or false-positive)");
            return;
        }
        LocalDate waiverUntil = null;
        if (status.isWaiver() && until != null) {
            try {
                waiverUntil = DateParser.parse(until);
            } catch (DateParser.DateFormatException e) {
                problem(row, fingerprint, "Waiver until '" + until + "' is not a date: " + e.getMessage());
                return;
            }
        }
        CurrentDecision before = current.get();
        LocalDate standingUntil = status.isWaiver() ? before.waiverUntil() : null;
        if (status == before.status() && Objects.equals(comment, blankToNull(before.comment()))
                && Objects.equals(waiverUntil, standingUntil)) {
            unchanged++;
            return;
        }
        if (signoff.isPresent()) {
            SignoffInfo s = signoff.get();
            problem(row, fingerprint, "edited after the sign-off of review " + period + " by " + s.reviewer()
                    + " on " + s.signedAt() + "; a signed-off review is read-only (open a new review)");
            return;
        }
        if (status == TriageStatus.FIXED) {
            problem(row, fingerprint, "status 'fixed' is set by a later scan when the finding disappears,"
                    + " not by a decision");
            return;
        }
        if (status.isWaiver() && comment == null) {
            problem(row, fingerprint, status.id() + " is a waiver and needs its reason in Comment");
            return;
        }
        if (status.isWaiver() && waiverUntil == null) {
            problem(row, fingerprint, status.id() + " is a waiver and needs an expiry date in Waiver until");
            return;
        }
        if (waiverUntil != null && !waiverUntil.isAfter(today)) {
            problem(row, fingerprint, "Waiver until " + waiverUntil + " is not in the future");
            return;
        }
        decisions.add(new Decision(fingerprint, status, comment, waiverUntil, decidedBy, row.sheet(), row.row()));
    }

    public DecisionCheck result() {
        return new DecisionCheck(period, rows, unchanged, decisions, problems);
    }

    private void problem(ReturnedRow row, String fingerprint, String reason) {
        problems.add(new RowProblem(row.sheet(), row.row(), fingerprint, reason));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
