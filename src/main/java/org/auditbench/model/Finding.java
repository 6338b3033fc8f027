package org.auditbench.model;

/**
 * One rule firing on one entry (or a pair of entries), as stored by a scan.
 *
 * @param relatedEntryId the other entry of a pair (shadowing layer, previous snapshot), or null
 */
public record Finding(
        long id,
        long scanId,
        long entryId,
        Long relatedEntryId,
        String rule,
        Severity severity,
        String fingerprint,
        String message,
        String evidence,
        TriageStatus status,
        FindingSubject subject) {
}
