package org.auditbench.report;

import org.auditbench.model.Snapshot;

/**
 * One source in the review: the snapshot the scan judged and the one imported before it (the
 * comparison basis of the Changes sheet), or null when this is the source's first snapshot.
 */
public record SourceSnapshot(Snapshot current, Snapshot previous) {
}
