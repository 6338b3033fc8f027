package org.auditbench.gui.entries;

import org.auditbench.workspace.EntryGroup;
import org.auditbench.workspace.EntrySummary;

/** One row of the entries tree: a group, an entry, a "load more" row, or a row saying it is loading. */
sealed interface TreeRow {

    record Group(EntryGroup group, String label) implements TreeRow {
    }

    record Item(EntrySummary entry) implements TreeRow {
    }

    /** Stands for the rest of a group's entries; activating it reads the next page. */
    record More(EntryGroup group, int offset) implements TreeRow {
        long remaining() {
            return group.entries() - offset;
        }
    }

    record Loading() implements TreeRow {
    }
}
