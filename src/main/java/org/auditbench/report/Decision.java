package org.auditbench.report;

import java.time.LocalDate;
import org.auditbench.model.TriageStatus;

/**
 * A valid decision read from a returned workbook, ready to be recorded.
 *
 * @param waiverUntil the waiver's expiry; only for accepted-risk and false-positive
 */
public record Decision(String fingerprint, TriageStatus status, String comment, LocalDate waiverUntil,
                       String decidedBy, String sheet, int row) {
}
