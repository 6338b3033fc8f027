package org.auditbench.report;

import java.time.LocalDate;
import org.auditbench.model.TriageStatus;

/** The standing triage decision on a finding: its status, comment and (for waivers) expiry. */
public record CurrentDecision(TriageStatus status, String comment, LocalDate waiverUntil) {

    public static final CurrentDecision UNDECIDED = new CurrentDecision(TriageStatus.OPEN, null, null);
}
