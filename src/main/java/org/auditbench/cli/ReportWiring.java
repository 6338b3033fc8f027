package org.auditbench.cli;

import java.util.Optional;
import org.auditbench.report.ChangeSource;
import org.auditbench.report.DecisionRecorder;
import org.auditbench.report.SnapshotChanges;
import org.auditbench.report.TriageView;
import org.auditbench.report.UntriagedView;
import org.auditbench.workspace.Workspace;

/**
 * Where the report commands get triage data and snapshot differences from: the one place to plug in
 * the triage module's views. This build has no triage store, so every finding is open and nothing is
 * waived or signed off; changes are computed from the snapshots' entries.
 */
final class ReportWiring {

    private ReportWiring() {
    }

    static TriageView triage(Workspace workspace) {
        return new UntriagedView();
    }

    static ChangeSource changes(Workspace workspace) {
        return new SnapshotChanges(workspace);
    }

    /** Where decisions read back from a workbook are recorded; empty while this build has no triage store. */
    static Optional<DecisionRecorder> decisionRecorder(Workspace workspace) {
        return Optional.empty();
    }
}
