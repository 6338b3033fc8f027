package org.auditbench.workspace;

import java.util.List;

/**
 * What one recorded decision covered.
 *
 * @param auditSeq           the audit-log row that records it
 * @param fingerprintsSha256 digest of the sorted fingerprints, as the audit row carries it
 * @param firstFingerprints  the first fingerprints in sorted order (all of them for small decisions)
 */
public record DecisionBatch(long auditSeq, long count, String fingerprintsSha256, List<String> firstFingerprints) {

    public DecisionBatch {
        firstFingerprints = List.copyOf(firstFingerprints);
    }
}
