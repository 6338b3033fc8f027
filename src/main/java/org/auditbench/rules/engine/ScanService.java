package org.auditbench.rules.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.auditbench.model.NewFinding;
import org.auditbench.model.Severity;
import org.auditbench.model.Snapshot;
import org.auditbench.names.ReferenceData;
import org.auditbench.rules.catalog.RuleCatalog;
import org.auditbench.workspace.ScanSpec;
import org.auditbench.workspace.ScanWriter;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Scans the newest snapshot of every source with the rule catalogue and one policy, storing the scan
 * (policy text and hash, reference-data versions) and its findings in one transaction.
 */
public final class ScanService {

    private final Workspace workspace;

    public ScanService(Workspace workspace) {
        this.workspace = workspace;
    }

    public ScanResult scan(PolicyDocument policy) throws WorkspaceException {
        List<Snapshot> snapshots = workspace.snapshots().latestPerSource();
        if (snapshots.isEmpty()) {
            throw new WorkspaceException(workspace.file() + " has no imported snapshots to scan; import a source first");
        }
        RuleEngine engine = new RuleEngine(RuleCatalog.all(), policy.policy());
        List<Long> ids = snapshots.stream().map(Snapshot::id).toList();
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        long[] entries = {0};
        ScanSpec spec = new ScanSpec(policy.origin(), policy.text(), policy.sha256(), ReferenceData.summary(), ids);
        try (ScanWriter writer = workspace.beginScan(spec)) {
            for (Snapshot snapshot : snapshots) {
                workspace.entries().<WorkspaceException>forEach(snapshot.id(), entry -> {
                    entries[0]++;
                    engine.evaluate(entry, snapshot.sourceName(), finding -> write(writer, finding, counts));
                });
            }
            long total = writer.commit();
            return new ScanResult(writer.scanId(), ids, entries[0], total, counts);
        } catch (UncheckedWorkspaceException e) {
            throw e.getCause();
        }
    }

    private static void write(ScanWriter writer, NewFinding finding, Map<Severity, Long> counts) {
        try {
            writer.add(finding);
            counts.merge(finding.severity(), 1L, Long::sum);
        } catch (WorkspaceException e) {
            throw new UncheckedWorkspaceException(e);
        }
    }

    /** Carries a write failure out of the engine's callback. */
    private static final class UncheckedWorkspaceException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedWorkspaceException(WorkspaceException cause) {
            super(cause);
        }

        @Override
        public synchronized WorkspaceException getCause() {
            return (WorkspaceException) super.getCause();
        }
    }
}
