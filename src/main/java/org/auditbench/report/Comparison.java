package org.auditbench.report;

import org.auditbench.model.Snapshot;

/** A pair of snapshots of one source to compare; {@code before} is null when the source has no earlier one. */
public record Comparison(String sourceName, Snapshot before, Snapshot after) {
}
