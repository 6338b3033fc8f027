package org.auditbench.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a finding's triage status, kept for ever: who (or the system), when, why.
 *
 * @param fingerprint    the finding's stable identity, so the decision follows it to later scans
 * @param previousStatus the status before this decision
 * @param reason         the waiver's reason (waivers, and the lapse of one)
 * @param waiverUntil    the waiver's last valid day (waivers, and the lapse of one)
 * @param scanId         the scan the decision was made on, or the scan that caused it
 * @param auditSeq       the audit-log row that records it
 */
public record Decision(
        long id,
        String fingerprint,
        String sourceName,
        String rule,
        TriageStatus status,
        TriageStatus previousStatus,
        DecisionOrigin origin,
        String actor,
        Instant decidedAt,
        String comment,
        String reason,
        LocalDate waiverUntil,
        Long scanId,
        long auditSeq) {
}
