package org.auditbench.triage;

import java.time.LocalDate;
import org.auditbench.model.TriageStatus;

/**
 * What a person decides about one or more findings.
 *
 * @param status  the new status; {@code fixed} is only ever set by a scan
 * @param actor   who decides (a person, not {@code system})
 * @param comment optional note for every status
 * @param reason  why the finding is waived; required for waivers, refused otherwise
 * @param until   the waiver's last valid day; required for waivers, refused otherwise
 */
public record DecisionRequest(TriageStatus status, String actor, String comment, String reason, LocalDate until) {
}
