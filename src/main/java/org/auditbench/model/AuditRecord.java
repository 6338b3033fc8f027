package org.auditbench.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One row of the append-only audit log, chained to the row before it. Fields are kept exactly as stored,
 * because the hash is computed over that text.
 *
 * @param seq      position in the log, 1, 2, 3, ... without gaps
 * @param at       when, as ISO-8601 UTC text
 * @param details  what happened, as JSON text
 * @param prevHash the previous row's {@code hash} (64 zeros for the first row)
 * @param hash     SHA-256 over seq, at, actor, action, details and prevHash
 */
public record AuditRecord(long seq, String at, String actor, String action, String details, String prevHash,
                          String hash) {

    /** {@link #at} as an instant, or null when the stored text is not a timestamp (it was tampered with). */
    public Instant instant() {
        try {
            return at == null ? null : Instant.parse(at);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
