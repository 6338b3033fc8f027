package org.auditbench.report;

import java.util.Optional;
import org.auditbench.model.Scan;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/** Known fingerprints are those of the workspace's latest scan; decisions and sign-offs come from triage. */
public final class WorkspaceDecisionContext implements DecisionContext {

    private final Workspace workspace;
    private final TriageView triage;
    private final Scan scan;

    private WorkspaceDecisionContext(Workspace workspace, TriageView triage, Scan scan) {
        this.workspace = workspace;
        this.triage = triage;
        this.scan = scan;
    }

    public static WorkspaceDecisionContext open(Workspace workspace, TriageView triage) throws ReportException {
        try {
            Scan scan = workspace.scans().latest().orElseThrow(() -> new ReportException(workspace.file()
                    + " has not been scanned, so no finding can be decided"));
            return new WorkspaceDecisionContext(workspace, triage, scan);
        } catch (WorkspaceException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }

    public Scan scan() {
        return scan;
    }

    @Override
    public Optional<CurrentDecision> current(String fingerprint) throws ReportException {
        try {
            if (workspace.reportData().ruleAndKeyOf(scan.id(), fingerprint).isEmpty()) {
                return Optional.empty();
            }
        } catch (WorkspaceException e) {
            throw new ReportException(e.getMessage(), e);
        }
        return Optional.of(triage.decision(fingerprint).orElse(CurrentDecision.UNDECIDED));
    }

    @Override
    public Optional<SignoffInfo> signoff(String period) throws ReportException {
        return triage.signoff(period);
    }
}
