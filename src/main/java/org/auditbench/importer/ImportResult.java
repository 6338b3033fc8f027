package org.auditbench.importer;

import java.util.List;
import org.auditbench.model.Reject;

/**
 * The outcome of one import.
 *
 * @param snapshotId     the new snapshot, or the existing identical one when {@code unchanged}
 * @param unchanged      the source was byte-identical to its latest snapshot, so nothing was written
 * @param firstRejects   the first rejected rows (all of them are stored in the workspace)
 */
public record ImportResult(long snapshotId, String sourceName, String format, String sha256, long imported,
                           long rejected, boolean unchanged, List<Reject> firstRejects) {

    public ImportResult {
        firstRejects = List.copyOf(firstRejects);
    }
}
