package org.auditbench.workspace;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Which entries the workbench shows: those of some snapshots, judged by one scan, optionally narrowed.
 *
 * @param snapshotIds   the snapshots whose entries are shown (usually the newest of every source)
 * @param scanId        the scan whose findings give each entry its worst severity, or null
 * @param reviewDate    the date expiry buckets are relative to
 * @param text          matches domain, address, target, owner or justification (case-insensitive); null for all
 * @param expiresFrom   only entries expiring on or after this day; null for no lower bound
 * @param expiresBefore only entries expiring before this day; null for no upper bound
 */
public record EntryQuery(List<Long> snapshotIds, Long scanId, LocalDate reviewDate, String text,
                         LocalDate expiresFrom, LocalDate expiresBefore) {

    public EntryQuery {
        snapshotIds = List.copyOf(snapshotIds);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public EntryQuery withText(String newText) {
        return new EntryQuery(snapshotIds, scanId, reviewDate, newText, expiresFrom, expiresBefore);
    }

    /** The text as a LIKE pattern over lower-cased columns, with LIKE's wildcards escaped. */
    String likePattern() {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
