package org.auditbench.workspace;

import java.util.HashMap;
import java.util.Map;
import org.auditbench.model.Severity;

/**
 * Findings per owner and severity, counted while a scan runs and stored with it ({@code scan_owner_counts}),
 * so the workbench can name the owners with the most open findings without joining every finding with its
 * entry. The owner is as the entry records it, "" when it has none. Not thread-safe: one per batch, merged
 * on the writing thread.
 */
public final class OwnerTally {

    private final Map<String, long[]> counts = new HashMap<>();

    public void add(String owner, Severity severity) {
        row(owner == null ? "" : owner)[severity.ordinal()]++;
    }

    public void addAll(OwnerTally other) {
        other.counts.forEach((owner, bySeverity) -> {
            long[] mine = row(owner);
            for (int i = 0; i < mine.length; i++) {
                mine[i] += bySeverity[i];
            }
        });
    }

    private long[] row(String owner) {
        return counts.computeIfAbsent(owner, o -> new long[Severity.values().length]);
    }

    Map<String, long[]> counts() {
        return counts;
    }
}
