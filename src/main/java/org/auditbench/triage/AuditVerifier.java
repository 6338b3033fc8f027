package org.auditbench.triage;

import java.util.ArrayList;
import java.util.List;
import org.auditbench.workspace.AuditLog;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Verifies a workspace's audit trail: walks the hash chain and reports the first broken row, notices rows
 * deleted from its end, dropped protection triggers, and records that disagree with the log (see
 * {@link RecordsCheck}). Detects any edit, deletion, insertion or reordering made with plain SQL; a forger
 * who recomputes every hash with their own program is caught only by comparing the head hash with one noted
 * down earlier (a sign-off's report, for instance).
 */
public final class AuditVerifier {

    private AuditVerifier() {
    }

    public static VerifyReport verify(Workspace ws) throws WorkspaceException {
        ChainWalk walk = new ChainWalk();
        ws.audit().<RuntimeException>forEach(walk::accept);
        List<VerifyReport.Problem> problems = new ArrayList<>();
        if (walk.broken() != null) {
            problems.add(walk.broken());
        }
        long highWater = ws.audit().highWater();
        long last = walk.rows() == 0 ? 0 : walk.lastSeq();
        if (walk.broken() == null && highWater > last) {
            problems.add(new VerifyReport.Problem(last + 1, "the log once reached row " + highWater + " but now ends at"
                    + " row " + last + ": row(s) " + (last + 1) + (highWater > last + 1 ? ".." + highWater : "")
                    + " were deleted outside Auditbench"));
        }
        List<String> missing = ws.audit().missingTriggers(AuditLog.PROTECTION_TRIGGERS);
        if (!missing.isEmpty()) {
            problems.add(new VerifyReport.Problem(null, "the protection trigger(s) " + String.join(", ", missing)
                    + " were dropped outside Auditbench, so the log and decisions could be changed"));
        }
        new RecordsCheck(ws, walk, new RecordsCheck.Problems(problems)).run();
        return new VerifyReport(walk.rows(), walk.headHash(), problems);
    }
}
