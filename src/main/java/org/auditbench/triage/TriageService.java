package org.auditbench.triage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.auditbench.model.DecisionOrigin;
import org.auditbench.model.Review;
import org.auditbench.model.Scan;
import org.auditbench.model.TriageStatus;
import org.auditbench.rules.engine.PolicyDocument;
import org.auditbench.rules.engine.PolicyException;
import org.auditbench.rules.engine.PolicyLoader;
import org.auditbench.workspace.DecisionBatch;
import org.auditbench.workspace.DecisionSpec;
import org.auditbench.workspace.TriageDao;
import org.auditbench.workspace.TriageSelection;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Records people's decisions on the findings of the latest scan, by fingerprint or by filter. Each call is
 * one transaction: due waiver lapses, the decisions, the findings' new status and the audit row are written
 * together, or — when anything is refused — nothing is.
 */
public final class TriageService {

    private final Workspace ws;

    public TriageService(Workspace ws) {
        this.ws = ws;
    }

    /** Decides about the findings with these fingerprints; every one must be in the latest scan. */
    public TriageResult decide(Collection<String> fingerprints, DecisionRequest request)
            throws TriageException, WorkspaceException {
        if (fingerprints.isEmpty()) {
            throw new TriageException("name at least one finding by its fingerprint");
        }
        Checked checked = check(request);
        return ws.inTransaction(() -> {
            List<TriageDao.Lapse> lapses = ws.triage().lapseExpiredWaivers(ws.today(), null);
            Optional<Review> review = ReviewGate.requireOpenForDecisions(ws);
            Scan scan = latestScan();
            List<String> missing = ws.triage().stageFingerprints(scan.id(),
                    fingerprints.stream().map(f -> f.strip().toLowerCase(java.util.Locale.ROOT)).toList());
            if (!missing.isEmpty()) {
                throw new TriageException("the latest scan (" + scan.id() + ") has no finding with fingerprint "
                        + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                        + (missing.size() > 5 ? " and " + (missing.size() - 5) + " more" : "")
                        + "; list them with: auditbench findings");
            }
            return record(checked, DecisionOrigin.INDIVIDUAL, scan, review, Map.of(), lapses);
        });
    }

    /** Decides about every finding of the latest scan that the selection covers. */
    public TriageResult decideMatching(TriageSelection selection, DecisionRequest request)
            throws TriageException, WorkspaceException {
        requireRestricted(selection);
        Checked checked = check(request);
        return ws.inTransaction(() -> {
            List<TriageDao.Lapse> lapses = ws.triage().lapseExpiredWaivers(ws.today(), null);
            Optional<Review> review = ReviewGate.requireOpenForDecisions(ws);
            Scan scan = latestScan();
            if (ws.triage().stageSelection(scan.id(), selection) == 0) {
                throw new TriageException("no finding of the latest scan (" + scan.id() + ") matches "
                        + describe(selection) + "; nothing was decided");
            }
            Map<String, Object> filter = new LinkedHashMap<>();
            filter.put("filter", filterDetails(selection));
            return record(checked, DecisionOrigin.BULK, scan, review, filter, lapses);
        });
    }

    /** How many findings of the latest scan the selection covers now, without deciding anything. */
    public long countMatching(TriageSelection selection) throws TriageException, WorkspaceException {
        requireRestricted(selection);
        return ws.inTransaction(() -> ws.triage().stageSelection(latestScan().id(), selection));
    }

    /** Records the lapse of every waiver whose last day has passed; returns what lapsed. */
    public List<TriageDao.Lapse> applyLapses() throws WorkspaceException {
        return ws.inTransaction(() -> ws.triage().lapseExpiredWaivers(ws.today(), null));
    }

    /** Readable form of a selection, for messages. */
    public static String describe(TriageSelection s) {
        List<String> parts = new ArrayList<>();
        if (!s.rules().isEmpty()) {
            parts.add("rule " + String.join("/", s.rules().stream().sorted().toList()));
        }
        if (s.minSeverity() != null) {
            parts.add("severity " + s.minSeverity().id() + " or worse");
        }
        if (!s.currentStatuses().isEmpty()) {
            parts.add("status " + String.join("/", s.currentStatuses().stream().map(TriageStatus::id).sorted().toList()));
        }
        if (!s.sources().isEmpty()) {
            parts.add("source " + String.join("/", s.sources().stream().sorted().toList()));
        }
        return String.join(", ", parts);
    }

    private TriageResult record(Checked checked, DecisionOrigin origin, Scan scan, Optional<Review> review,
                                Map<String, Object> extra, List<TriageDao.Lapse> lapses) throws WorkspaceException {
        DecisionRequest r = checked.request();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("scanId", scan.id());
        details.put("review", review.map(Review::period).orElse(null));
        details.putAll(extra);
        DecisionBatch batch = ws.triage().record(new DecisionSpec(r.status(), origin, r.actor(), r.comment(),
                r.reason(), r.until(), scan.id(), details));
        return new TriageResult(r.status(), batch.count(), scan.id(), batch.auditSeq(),
                review.map(Review::period).orElse(null), checked.warnings(), lapses);
    }

    /** A request with its text trimmed and the warnings it deserves. */
    private record Checked(DecisionRequest request, List<String> warnings) {
    }

    private Checked check(DecisionRequest request) throws TriageException, WorkspaceException {
        if (request.status() == null) {
            throw new TriageException("name the new status: open, remediate, accepted-risk or false-positive");
        }
        if (request.status() == TriageStatus.FIXED) {
            throw new TriageException("fixed is set by a scan once the finding no longer fires; mark the finding"
                    + " remediate, change the configuration and scan again");
        }
        String actor = Actors.person(request.actor(), "the person deciding (--by)");
        String comment = Actors.text(request.comment(), "the comment");
        String reason = Actors.text(request.reason(), "the reason");
        List<String> warnings = new ArrayList<>();
        if (!request.status().isWaiver()) {
            if (reason != null || request.until() != null) {
                throw new TriageException("a reason and an expiry date (until) belong to waivers (accepted-risk,"
                        + " false-positive), not to " + request.status().id() + "; use a comment instead");
            }
            return new Checked(new DecisionRequest(request.status(), actor, comment, null, null), warnings);
        }
        String waiver = request.status().id();
        if (reason == null) {
            throw new TriageException(waiver + " is a waiver: it needs a reason saying why the finding is acceptable");
        }
        if (request.until() == null) {
            throw new TriageException(waiver + " is a waiver: it needs an expiry date (until), after which the"
                    + " finding re-opens");
        }
        LocalDate today = ws.today();
        Integer maxDays = waiverMaxDays();
        if (maxDays != null && request.until().isAfter(today.plusDays(maxDays))) {
            throw new TriageException("a waiver until " + request.until() + " runs too far ahead: the policy allows"
                    + " at most " + maxDays + " days (waiverMaxDays), so until " + today.plusDays(maxDays) + " at the latest");
        }
        if (request.until().isBefore(today)) {
            warnings.add("the waiver's last day " + request.until() + " has already passed: the finding re-opens"
                    + " at the next scan or decision, and the log records the lapse");
        }
        return new Checked(new DecisionRequest(request.status(), actor, comment, reason, request.until()), warnings);
    }

    /** The waiver limit of the policy the latest scan used; null when it sets none or nothing was scanned. */
    private Integer waiverMaxDays() throws WorkspaceException {
        Optional<Scan> scan = ws.scans().latest();
        if (scan.isEmpty()) {
            return null;
        }
        String text = ws.scans().policyText(scan.get().id()).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            PolicyDocument policy = new PolicyLoader(ws.clock()).parseChecked(text, "policy of scan " + scan.get().id());
            return policy.policy().waiverMaxDays();
        } catch (PolicyException e) {
            throw new WorkspaceException("the policy stored with scan " + scan.get().id() + " no longer loads: "
                    + e.getMessage(), e);
        }
    }

    private Scan latestScan() throws TriageException, WorkspaceException {
        return ws.scans().latest().orElseThrow(() -> new TriageException(ws.file()
                + " has not been scanned yet, so there are no findings to decide about; run auditbench scan"));
    }

    private static void requireRestricted(TriageSelection selection) throws TriageException {
        if (selection.isUnrestricted()) {
            throw new TriageException("a bulk decision needs a filter (rule, minimum severity, current status or"
                    + " source); deciding about every finding at once is refused");
        }
    }

    private static Map<String, Object> filterDetails(TriageSelection s) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("rules", s.rules().stream().sorted().toList());
        filter.put("minSeverity", s.minSeverity() == null ? null : s.minSeverity().id());
        filter.put("statuses", s.currentStatuses().stream().map(TriageStatus::id).sorted().toList());
        filter.put("sources", s.sources().stream().sorted().toList());
        return filter;
    }
}
