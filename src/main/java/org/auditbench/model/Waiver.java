package org.auditbench.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A waiver (accepted-risk or false-positive) on a finding, with its reason and last valid day.
 *
 * @param status    accepted-risk or false-positive
 * @param until     the last day the waiver is valid
 * @param lapsedAt  when the lapse was logged, for expired waivers whose lapse was recorded; else null
 */
public record Waiver(String fingerprint, String sourceName, String rule, TriageStatus status, String reason,
                     LocalDate until, String decidedBy, Instant decidedAt, String comment, WaiverState state,
                     Instant lapsedAt) {
}
