package org.auditbench.triage;

import java.util.List;
import org.auditbench.model.Entry;

/**
 * One difference between two snapshots of a source.
 *
 * @param before        the entry in the older snapshot; null when added
 * @param after         the entry in the newer snapshot; null when removed
 * @param changedFields for changed entries, which of {@link SnapshotDiff#COMPARED_FIELDS} differ
 */
public record EntryChange(ChangeKind kind, Entry before, Entry after, List<String> changedFields) {

    public EntryChange {
        changedFields = List.copyOf(changedFields);
    }

    /** The entry as it is now, or as it was when removed. */
    public Entry entry() {
        return after != null ? after : before;
    }

    /** The key (address or domain) both snapshots match entries by. */
    public String key() {
        return entry().key();
    }

    public String protocol() {
        return entry().protocol();
    }

    public String layer() {
        return entry().layer();
    }
}
