package org.auditbench.workspace;

import java.util.List;

/** What a scan records about how it judged: the policy text and hash, reference data, snapshots. */
public record ScanSpec(String policyOrigin, String policyText, String policyHash, String referenceVersions,
                       List<Long> snapshotIds) {

    public ScanSpec {
        snapshotIds = List.copyOf(snapshotIds);
    }
}
