package org.auditbench.rules.engine;

import java.util.List;
import java.util.Map;
import org.auditbench.model.Severity;

/** What a scan found: its id, the snapshots it covered, and counts by severity. */
public record ScanResult(long scanId, List<Long> snapshotIds, long entries, long findings,
                         Map<Severity, Long> bySeverity) {

    public ScanResult {
        snapshotIds = List.copyOf(snapshotIds);
        bySeverity = Map.copyOf(bySeverity);
    }
}
