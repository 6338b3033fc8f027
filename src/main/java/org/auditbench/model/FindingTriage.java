package org.auditbench.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a finding stands in triage as a listing shows it.
 *
 * @param status        the status in force today: a waiver whose last day has passed counts as open
 * @param decidedBy     who made the latest decision ({@code system} for automatic ones), or null when none
 * @param waiverStatus  the waiver on the finding (accepted-risk or false-positive), or null
 * @param waiverUntil   the waiver's last valid day, or null
 * @param waiverExpired the waiver's last day has passed (the lapse is logged by the next scan or decision)
 */
public record FindingTriage(
        TriageStatus status,
        String decidedBy,
        Instant decidedAt,
        String comment,
        TriageStatus waiverStatus,
        String waiverReason,
        LocalDate waiverUntil,
        boolean waiverExpired) {

    /** A finding nobody has decided about yet. */
    public static final FindingTriage UNDECIDED = new FindingTriage(TriageStatus.OPEN, null, null, null, null, null,
            null, false);
}
