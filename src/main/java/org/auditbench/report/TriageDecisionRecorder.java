package org.auditbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.auditbench.model.TriageStatus;
import org.auditbench.triage.DecisionRequest;
import org.auditbench.triage.TriageException;
import org.auditbench.triage.TriageService;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Records decisions read back from a workbook through the triage core, all in one transaction: rows
 * with the same status, comment and waiver date become one decision over their fingerprints. For a
 * waiver the reviewer's comment is its reason, as the Findings sheet explains.
 */
public final class TriageDecisionRecorder implements DecisionRecorder {

    private final Workspace workspace;

    public TriageDecisionRecorder(Workspace workspace) {
        this.workspace = workspace;
    }

    private record Key(TriageStatus status, String comment, LocalDate until, String by) {
    }

    @Override
    public void record(List<Decision> decisions) throws ReportException {
        Map<Key, List<String>> groups = new LinkedHashMap<>();
        for (Decision d : decisions) {
            groups.computeIfAbsent(new Key(d.status(), d.comment(), d.waiverUntil(), d.decidedBy()),
                    k -> new ArrayList<>()).add(d.fingerprint());
        }
        TriageService triage = new TriageService(workspace);
        try {
            workspace.inTransaction(() -> {
                for (Map.Entry<Key, List<String>> group : groups.entrySet()) {
                    Key k = group.getKey();
                    boolean waiver = k.status().isWaiver();
                    triage.decide(group.getValue(), new DecisionRequest(k.status(), k.by(),
                            waiver ? null : k.comment(), waiver ? k.comment() : null, waiver ? k.until() : null));
                }
                return null;
            });
        } catch (TriageException | WorkspaceException e) {
            throw new ReportException("no decision was recorded: " + e.getMessage(), e);
        }
    }
}
