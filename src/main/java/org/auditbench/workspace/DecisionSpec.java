package org.auditbench.workspace;

import java.time.LocalDate;
import java.util.Map;
import org.auditbench.model.DecisionOrigin;
import org.auditbench.model.TriageStatus;

/**
 * One decision applied to the staged findings.
 *
 * @param scanId       the scan the decision was made on
 * @param auditDetails what the audit row says besides the decision itself (review, filter), in order
 */
public record DecisionSpec(TriageStatus status, DecisionOrigin origin, String actor, String comment, String reason,
                           LocalDate waiverUntil, Long scanId, Map<String, Object> auditDetails) {

    public DecisionSpec {
        auditDetails = auditDetails == null ? Map.of() : auditDetails;
    }
}
