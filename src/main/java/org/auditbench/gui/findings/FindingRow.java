package org.auditbench.gui.findings;

import java.time.LocalDate;
import org.auditbench.model.Finding;
import org.auditbench.model.FindingSubject;
import org.auditbench.model.FindingTriage;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;
import org.auditbench.workspace.TriagedFinding;

/**
 * One line of the findings table: a finding with the entry fields and the triage it is shown with.
 *
 * @param status        the status in force today (a lapsed waiver counts as open)
 * @param waiverUntil   the last day of the finding's waiver, or null when it has none
 * @param waiverExpired the waiver's last day has passed
 * @param decidedBy     who made the latest decision, or null when nobody has
 */
public record FindingRow(long id, long entryId, Severity severity, String rule, String key, String domain,
                         String protocol, String target, String layer, String owner, String environment,
                         TriageStatus status, LocalDate waiverUntil, boolean waiverExpired, String waiverReason,
                         String decidedBy, String comment, String message, String evidence, String fingerprint,
                         String source) {

    public static FindingRow of(TriagedFinding listed) {
        Finding f = listed.finding();
        FindingTriage t = listed.triage();
        FindingSubject s = f.subject();
        String target = s.target() == null ? "" : s.target() + (s.port() == null ? "" : ":" + s.port());
        return new FindingRow(f.id(), f.entryId(), f.severity(), f.rule(), s.key(), s.domain(), s.protocol(), target,
                s.layer(), s.owner(), s.environment(), t.status(), t.waiverUntil(), t.waiverExpired(),
                t.waiverReason(), t.decidedBy(), t.comment(), f.message(), f.evidence(), f.fingerprint(),
                s.sourceName() + ", " + s.sourceRow());
    }

    /** The waiver's last day as the table shows it, e.g. {@code 2027-03-31} or {@code 2026-06-30 (lapsed)}. */
    public String waiverExpires() {
        return waiverUntil == null ? "" : waiverUntil + (waiverExpired ? " (lapsed)" : "");
    }

    public String statusText() {
        return status.id();
    }
}
