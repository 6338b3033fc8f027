package org.auditbench.model;

/** A finding as the engine produced it, before a scan stores it. */
public record NewFinding(
        long entryId,
        Long relatedEntryId,
        String rule,
        Severity severity,
        String fingerprint,
        String message,
        String evidence) {
}
