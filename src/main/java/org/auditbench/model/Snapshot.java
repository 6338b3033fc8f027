package org.auditbench.model;

import java.time.Instant;

/** One complete import of one source at one moment. */
public record Snapshot(
        long id,
        long sourceId,
        String sourceName,
        String kind,
        String locator,
        String label,
        String sha256,
        long importedCount,
        long rejectedCount,
        Instant startedAt,
        Instant finishedAt,
        String environment,
        String layer) {
}
