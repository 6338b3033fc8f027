package org.auditbench.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import com.google.common.io.MoreFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.auditbench.model.AuditRecord;
import org.auditbench.model.Review;
import org.auditbench.model.Scan;
import org.auditbench.model.SignOff;
import org.auditbench.model.TriageStatus;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Review periods: opening one, signing it off, and summarising it for the report. Reviews follow each
 * other; while one is open, decisions belong to it; once signed it is read-only until the next is opened.
 */
public final class ReviewService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace ws;

    public ReviewService(Workspace ws) {
        this.ws = ws;
    }

    /** Opens a review for {@code periodText}; refused while another review is open. */
    public Review open(String periodText, String openedBy) throws TriageException, WorkspaceException {
        ReviewPeriod period = ReviewPeriod.parse(periodText);
        String actor = Actors.person(openedBy, "the person opening the review (--by)");
        return ws.inTransaction(() -> {
            Optional<Review> open = ws.reviews().open();
            if (open.isPresent()) {
                throw new TriageException("review " + open.get().period() + " (opened by " + open.get().openedBy()
                        + " on " + open.get().openedAt() + ") is still open; sign it off before opening another");
            }
            return insert(period, actor);
        });
    }

    /** The open review, else the newest signed one. */
    public Optional<Review> current() throws WorkspaceException {
        Optional<Review> open = ws.reviews().open();
        return open.isPresent() ? open : ws.reviews().latest();
    }

    /**
     * Signs off the open review of {@code periodText} (opening it first when no review is open), with the
     * digests of the latest scan's findings and the review's decisions and, when given, of the report file.
     */
    public ReviewSummary signOff(String periodText, String reviewer, String role, String statement, Path reportFile)
            throws TriageException, WorkspaceException {
        ReviewPeriod period = ReviewPeriod.parse(periodText);
        String who = Actors.person(reviewer, "the reviewer (--reviewer)");
        String asRole = Actors.requiredText(role, "the reviewer's role (--role)");
        String says = Actors.requiredText(statement, "the sign-off statement (--statement)");
        String reportSha = reportFile == null ? null : sha256(reportFile);
        Review signed = ws.inTransaction(() -> {
            ws.triage().lapseExpiredWaivers(ws.today(), null);
            Scan scan = ws.scans().latest().orElseThrow(() -> new TriageException("nothing to sign off: "
                    + ws.file() + " has not been scanned yet"));
            Review review = reviewToSign(period, who);
            long through = ws.decisions().lastId();
            Map<TriageStatus, Long> byStatus = ws.findings().countByStatus(scan.id());
            String findingsSha = SignOffDigest.findings(ws, scan.id());
            String decisionsSha = SignOffDigest.decisions(ws, review.decisionsAfter(), through);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("reviewId", review.id());
            details.put("period", review.period());
            details.put("start", review.start().toString());
            details.put("end", review.end().toString());
            details.put("role", asRole);
            details.put("statement", says);
            details.put("scanId", scan.id());
            details.put("snapshotIds", scan.snapshotIds());
            details.put("decisionsAfter", review.decisionsAfter());
            details.put("decisionsThrough", through);
            details.put("findingsSha256", findingsSha);
            details.put("decisionsSha256", decisionsSha);
            details.put("reportFile", reportFile == null ? null : reportFile.getFileName().toString());
            details.put("reportSha256", reportSha);
            details.put("findingsByStatus", ids(byStatus));
            AuditRecord row = ws.audit().append(who, "signoff", details);
            ws.reviews().signOff(review.id(), through, new SignOff(who, asRole, says, row.instant(), scan.id(),
                    findingsSha, decisionsSha, reportSha, row.seq()));
            return ws.reviews().byId(review.id()).orElseThrow();
        });
        return summary(signed);
    }

    /**
     * Records that a report file was exported (the report writer calls this once the file is complete):
     * its name, size and SHA-256, and the review and scan it shows. Returns the audit row.
     */
    public AuditRecord recordReportExport(Path file, String actor) throws TriageException, WorkspaceException {
        String sha = sha256(file);
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new TriageException("cannot read the exported report " + file + ": " + e.getMessage());
        }
        String who = actor == null ? ws.audit().user() : Actors.person(actor, "the person exporting the report");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", file.toAbsolutePath().normalize().toString());
        details.put("bytes", bytes);
        details.put("sha256", sha);
        details.put("review", current().map(Review::period).orElse(null));
        details.put("scanId", ws.scans().latest().map(Scan::id).orElse(null));
        return ws.audit().append(who, "report-export", details);
    }

    /**
     * The review of {@code periodText} with its statistics: the review recorded for those days, else the
     * decisions made since the last sign-off, as the next review would hold them.
     */
    public ReviewSummary summaryOf(String periodText) throws TriageException, WorkspaceException {
        ReviewPeriod period = ReviewPeriod.parse(periodText);
        for (Review review : ws.reviews().all()) {
            if (period.sameDays(review.start(), review.end())) {
                return summary(review);
            }
        }
        long after = ws.reviews().latest().map(r -> r.decisionsThrough() == null ? r.decisionsAfter()
                : r.decisionsThrough()).orElse(0L);
        return summary(new Review(0, period.label(), period.start(), period.end(), null, null, after, null, null));
    }

    /** SHA-256 of a review's decisions: as signed, or as they stand now for a review still open. */
    public String decisionsSha256(ReviewSummary summary) throws WorkspaceException {
        if (summary.signed()) {
            return summary.signOff().decisionsSha256();
        }
        return SignOffDigest.decisions(ws, summary.review().decisionsAfter(), ws.decisions().lastId());
    }

    /** The review with its statistics; for an open review, about the latest scan and today's statuses. */
    public ReviewSummary summary(Review review) throws WorkspaceException {
        ReviewStatistics stats = new ReviewStatistics();
        ws.decisions().<RuntimeException>forEachBetween(review.decisionsAfter(), review.decisionsThrough(), stats::add);
        Long scanId;
        List<Long> snapshots;
        Map<TriageStatus, Long> byStatus;
        if (review.signed()) {
            scanId = review.signOff().scanId();
            snapshots = ws.scans().byId(scanId).map(Scan::snapshotIds).orElse(List.of());
            byStatus = statusesAtSignOff(review.signOff().auditSeq());
        } else {
            Optional<Scan> latest = ws.scans().latest();
            scanId = latest.map(Scan::id).orElse(null);
            snapshots = latest.map(Scan::snapshotIds).orElse(List.of());
            byStatus = scanId == null ? Map.of() : ws.findings().countByStatus(scanId);
        }
        return new ReviewSummary(review, scanId, snapshots, stats.decisions(), stats.bulk(), stats.bulkShare(),
                stats.medianGapSeconds(), stats.reviewers(), stats.lapses(), stats.automatic(), byStatus);
    }

    private Review reviewToSign(ReviewPeriod period, String reviewer) throws TriageException, WorkspaceException {
        Optional<Review> open = ws.reviews().open();
        if (open.isPresent()) {
            Review review = open.get();
            if (!period.sameDays(review.start(), review.end())) {
                throw new TriageException("the open review is " + review.period() + " (" + review.start() + ".."
                        + review.end() + "), not " + period.label() + "; sign off " + review.period() + " instead");
            }
            return review;
        }
        Optional<Review> latest = ws.reviews().latest();
        if (latest.isPresent() && period.sameDays(latest.get().start(), latest.get().end())) {
            SignOff s = latest.get().signOff();
            throw new TriageException("review " + latest.get().period() + " was already signed off by " + s.reviewer()
                    + " on " + s.signedAt() + " and is read-only; to amend it, open a new review"
                    + " (auditbench review open " + period.label() + ") and sign that off");
        }
        return insert(period, reviewer);
    }

    private Review insert(ReviewPeriod period, String actor) throws WorkspaceException {
        long after = ws.reviews().latest().map(r -> r.decisionsThrough() == null ? 0L : r.decisionsThrough())
                .orElse(0L);
        Review review = ws.reviews().insert(period.label(), period.start(), period.end(), actor, after);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reviewId", review.id());
        details.put("period", review.period());
        details.put("start", review.start().toString());
        details.put("end", review.end().toString());
        details.put("decisionsAfter", after);
        ws.audit().append(actor, "review-open", details);
        return review;
    }

    private Map<TriageStatus, Long> statusesAtSignOff(long auditSeq) throws WorkspaceException {
        Map<TriageStatus, Long> out = new EnumMap<>(TriageStatus.class);
        Optional<AuditRecord> row = ws.audit().bySeq(auditSeq);
        if (row.isEmpty()) {
            return out;
        }
        try {
            JsonNode counts = JSON.readTree(row.get().details()).path("findingsByStatus");
            for (TriageStatus status : TriageStatus.values()) {
                out.put(status, counts.path(status.id()).asLong(0));
            }
        } catch (IOException e) {
            // a tampered row; verify reports it, the summary shows no counts
        }
        return out;
    }

    private static Map<String, Long> ids(Map<TriageStatus, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((status, n) -> out.put(status.id(), n));
        return out;
    }

    static String sha256(Path file) throws TriageException {
        if (!Files.isRegularFile(file)) {
            throw new TriageException("report file " + file + " does not exist or is not a file");
        }
        try {
            return MoreFiles.asByteSource(file).hash(Hashing.sha256()).toString();
        } catch (IOException e) {
            throw new TriageException("cannot read report file " + file + ": " + e.getMessage());
        }
    }
}
