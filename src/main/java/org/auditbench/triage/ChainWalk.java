package org.auditbench.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.auditbench.model.AuditRecord;
import org.auditbench.workspace.AuditChain;

/**
 * Walks the audit log in order, checking each row's position, its link to the row before and its own hash,
 * and stops trusting the chain at the first broken row. On the way it notes what the rows say was done
 * (snapshots imported, scans made, decisions and sign-offs recorded) for the cross-checks.
 */
final class ChainWalk {

    private static final ObjectMapper JSON = new ObjectMapper();

    private long expectedSeq = 1;
    private String previousHash = AuditChain.GENESIS;
    private long rows;
    private String headHash;
    private VerifyReport.Problem broken;
    final Set<Long> importedSnapshots = new HashSet<>();
    final Set<Long> scans = new HashSet<>();
    /** Rows recording decisions, by seq: their actor, action and details. */
    final Map<Long, Row> decisionRows = new HashMap<>();
    final Map<Long, Row> signOffRows = new HashMap<>();

    /** An audit row's parts the cross-checks compare against. */
    record Row(AuditRecord record, JsonNode details) {
    }

    void accept(AuditRecord r) {
        rows++;
        headHash = r.hash();
        if (broken == null) {
            broken = check(r);
            previousHash = r.hash();
            expectedSeq = r.seq() + 1;
        }
        note(r);
    }

    long rows() {
        return rows;
    }

    String headHash() {
        return headHash;
    }

    long lastSeq() {
        return expectedSeq - 1;
    }

    VerifyReport.Problem broken() {
        return broken;
    }

    private VerifyReport.Problem check(AuditRecord r) {
        String what = describe(r);
        if (r.seq() != expectedSeq) {
            return new VerifyReport.Problem(r.seq(), "row " + r.seq() + " " + what + " comes right after row "
                    + (expectedSeq - 1) + ": " + (r.seq() > expectedSeq ? "row(s) " + expectedSeq
                    + (r.seq() - 1 > expectedSeq ? ".." + (r.seq() - 1) : "") + " were deleted, or this row was inserted"
                    : "rows were renumbered") + " outside Auditbench");
        }
        String recomputed = AuditChain.hash(r.seq(), r.at(), r.actor(), r.action(), r.details(), r.prevHash());
        if (!recomputed.equals(r.hash())) {
            return new VerifyReport.Problem(r.seq(), "row " + r.seq() + " " + what + " was changed after it was"
                    + " written: its content no longer matches its hash");
        }
        if (!previousHash.equals(r.prevHash())) {
            return new VerifyReport.Problem(r.seq(), "row " + r.seq() + " " + what + " does not follow row "
                    + (r.seq() - 1) + " (it names a different previous hash): rows were inserted, deleted or"
                    + " reordered before it");
        }
        return null;
    }

    private void note(AuditRecord r) {
        JsonNode details;
        try {
            details = JSON.readTree(r.details() == null ? "null" : r.details());
        } catch (IOException e) {
            return;
        }
        if (details == null || !details.isObject() || r.action() == null) {
            return;
        }
        switch (r.action()) {
            case "import" -> importedSnapshots.add(details.path("snapshotId").asLong(-1));
            case "scan" -> scans.add(details.path("scanId").asLong(-1));
            case "signoff" -> signOffRows.put(r.seq(), new Row(r, details));
            default -> {
                if (details.has("fingerprintsSha256")) {
                    decisionRows.put(r.seq(), new Row(r, details));
                }
            }
        }
    }

    static String describe(AuditRecord r) {
        return "(" + r.action() + " by " + r.actor() + " at " + r.at() + ")";
    }
}
