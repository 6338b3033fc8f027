package org.auditbench.model;

import java.time.Instant;
import java.util.List;

/** One run of the rule engine over a set of snapshots with one policy. */
public record Scan(
        long id,
        Instant startedAt,
        Instant finishedAt,
        String policyHash,
        String referenceVersions,
        List<Long> snapshotIds,
        long findingCount) {

    public Scan {
        snapshotIds = List.copyOf(snapshotIds);
    }
}
