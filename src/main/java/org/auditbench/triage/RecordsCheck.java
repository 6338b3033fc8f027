package org.auditbench.triage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import org.auditbench.model.Review;
import org.auditbench.model.SignOff;
import org.auditbench.workspace.DecisionDao.RawDecision;
import org.auditbench.workspace.ListDigest;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Checks that what the workspace holds agrees with what the audit log says happened: every snapshot and scan
 * has its row, every decision matches the row that recorded it (count, fingerprints, who, status, reason),
 * current statuses follow from the decisions, and each sign-off's digests still match what was signed.
 */
final class RecordsCheck {

    /** Problems of one kind reported at most; the rest are counted. */
    private static final int LIMIT = 10;

    private final Workspace ws;
    private final ChainWalk walk;
    private final Problems problems;

    RecordsCheck(Workspace ws, ChainWalk walk, Problems problems) {
        this.ws = ws;
        this.walk = walk;
        this.problems = problems;
    }

    void run() throws WorkspaceException {
        for (long id : ws.audit().snapshotsSinceLogStart()) {
            if (!walk.importedSnapshots.contains(id)) {
                problems.add("snapshots", null, "snapshot " + id + " has no import row in the audit log");
            }
        }
        for (long id : ws.audit().scansSinceLogStart()) {
            if (!walk.scans.contains(id)) {
                problems.add("scans", null, "scan " + id + " has no scan row in the audit log");
            }
        }
        decisions();
        for (String inconsistency : ws.decisions().stateInconsistencies(LIMIT + 1)) {
            problems.add("state", null, "current triage status does not follow from the decisions: " + inconsistency);
        }
        reviews();
    }

    private void decisions() throws WorkspaceException {
        Group[] group = {null};
        ws.decisions().<RuntimeException>forEachByAuditRow(d -> {
            if (group[0] == null || group[0].seq != d.auditSeq()) {
                if (group[0] != null) {
                    group[0].finish();
                }
                group[0] = new Group(d.auditSeq());
            }
            group[0].add(d);
        });
        if (group[0] != null) {
            group[0].finish();
        }
        walk.decisionRows.forEach((seq, row) -> {
            if (row.details().path("count").asLong(0) > 0) {
                problems.add("decisions", seq, "row " + seq + " " + ChainWalk.describe(row.record()) + " records "
                        + row.details().path("count").asLong() + " decision(s), but the decisions table has none of them");
            }
        });
    }

    /** The decisions that name one audit row. */
    private final class Group {
        final long seq;
        final ChainWalk.Row row;
        final ListDigest digest = new ListDigest();
        String mismatch;

        Group(long seq) {
            this.seq = seq;
            this.row = walk.decisionRows.remove(seq);
        }

        void add(RawDecision d) {
            digest.add(d.fingerprint());
            if (row == null || mismatch != null) {
                return;
            }
            JsonNode details = row.details();
            if (!Objects.equals(d.actor(), row.record().actor())) {
                mismatch = "decision " + d.id() + " names " + d.actor() + " where the log names " + row.record().actor();
            } else if (!Objects.equals(d.origin(), text(details, "origin"))) {
                mismatch = "decision " + d.id() + " has origin " + d.origin() + " where the log says "
                        + text(details, "origin");
            } else if (details.has("status") && !"found-again".equals(d.origin())
                    && !Objects.equals(d.status(), text(details, "status"))) {
                mismatch = "decision " + d.id() + " says " + d.status() + " where the log says " + text(details, "status");
            } else if (details.has("reason") && !Objects.equals(d.reason(), text(details, "reason"))) {
                mismatch = "decision " + d.id() + "'s reason differs from the log's";
            } else if (details.has("until") && !Objects.equals(d.waiverUntil(), text(details, "until"))) {
                mismatch = "decision " + d.id() + " runs until " + d.waiverUntil() + " where the log says "
                        + text(details, "until");
            } else if (details.has("comment") && !Objects.equals(d.comment(), text(details, "comment"))) {
                mismatch = "decision " + d.id() + "'s comment differs from the log's";
            }
        }

        void finish() {
            if (row == null) {
                problems.add("decisions", seq, digest.count() + " decision(s) name audit row " + seq
                        + ", which does not record decisions (it was deleted or changed)");
                return;
            }
            String where = "the decisions recorded by row " + seq + " " + ChainWalk.describe(row.record());
            long logged = row.details().path("count").asLong(-1);
            if (logged != digest.count()) {
                problems.add("decisions", seq, where + " were changed: the table holds " + digest.count()
                        + " where the log says " + logged);
            } else if (!digest.hex().equals(text(row.details(), "fingerprintsSha256"))) {
                problems.add("decisions", seq, where + " were changed: they are about other findings than logged");
            } else if (mismatch != null) {
                problems.add("decisions", seq, where + " were changed: " + mismatch);
            }
        }
    }

    private void reviews() throws WorkspaceException {
        List<Review> all = ws.reviews().all();
        for (Review review : all) {
            if (!review.signed()) {
                continue;
            }
            SignOff s = review.signOff();
            ChainWalk.Row row = walk.signOffRows.remove(s.auditSeq());
            String name = "the sign-off of review " + review.period() + " by " + s.reviewer();
            if (row == null || row.details().path("reviewId").asLong(-1) != review.id()) {
                problems.add("reviews", s.auditSeq(), name + " names audit row " + s.auditSeq()
                        + ", which does not record it");
                continue;
            }
            JsonNode d = row.details();
            if (!Objects.equals(s.findingsSha256(), text(d, "findingsSha256"))
                    || !Objects.equals(s.decisionsSha256(), text(d, "decisionsSha256"))
                    || !Objects.equals(s.reportSha256(), text(d, "reportSha256"))
                    || !Objects.equals(s.reviewer(), row.record().actor())
                    || !Objects.equals(s.role(), text(d, "role")) || !Objects.equals(s.statement(), text(d, "statement"))) {
                problems.add("reviews", s.auditSeq(), name + " differs from its audit row " + s.auditSeq());
                continue;
            }
            if (!SignOffDigest.findings(ws, s.scanId()).equals(s.findingsSha256())) {
                problems.add("reviews", s.auditSeq(), "the findings of scan " + s.scanId() + " changed after "
                        + name + " (their digest no longer matches)");
            }
            if (!SignOffDigest.decisions(ws, review.decisionsAfter(), review.decisionsThrough())
                    .equals(s.decisionsSha256())) {
                problems.add("reviews", s.auditSeq(), "the decisions of review " + review.period() + " changed after "
                        + name + " (their digest no longer matches)");
            }
        }
        walk.signOffRows.forEach((seq, row) -> problems.add("reviews", seq, "row " + seq + " "
                + ChainWalk.describe(row.record()) + " records a sign-off that the workspace no longer holds"));
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Collects problems, at most {@link #LIMIT} of each kind, then counts the rest. */
    static final class Problems {
        private final List<VerifyReport.Problem> out;
        private final java.util.Map<String, Integer> perKind = new java.util.HashMap<>();

        Problems(List<VerifyReport.Problem> out) {
            this.out = out;
        }

        void add(String kind, Long seq, String message) {
            int n = perKind.merge(kind, 1, Integer::sum);
            if (n <= LIMIT) {
                out.add(new VerifyReport.Problem(seq, message));
            } else if (n == LIMIT + 1) {
                out.add(new VerifyReport.Problem(null, "... and more problems of the same kind (" + kind + ")"));
            }
        }
    }
}
