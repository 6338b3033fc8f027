package org.auditbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.auditbench.model.Entry;

/**
 * One difference between a source's previous and current snapshot.
 *
 * @param before the entry in the previous snapshot; null when added
 * @param after  the entry in the current snapshot; null when removed
 */
public record ChangeRow(Kind kind, String sourceName, Entry before, Entry after) {

    public enum Kind {
        ADDED("Added"), REMOVED("Removed"), CHANGED("Changed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The entry that identifies the row: the current one, or the removed one. */
    public Entry subject() {
        return after != null ? after : before;
    }

    /** Which of target, port, owner, justification and expiry differ, as {@code field: old → new}. */
    public List<String> differences() {
        List<String> out = new ArrayList<>();
        if (before == null || after == null) {
            return out;
        }
        compare(out, "target", before.target(), after.target());
        compare(out, "port", before.port(), after.port());
        compare(out, "owner", before.owner(), after.owner());
        compare(out, "justification", before.justification(), after.justification());
        compare(out, "expires", before.expires(), after.expires());
        return out;
    }

    private static void compare(List<String> out, String field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            out.add(field + ": " + (old == null ? "(none)" : old) + " → " + (now == null ? "(none)" : now));
        }
    }
}
