package org.auditbench.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.auditbench.model.OrderedMap;
import org.auditbench.model.Policy;
import org.auditbench.model.Scan;

/**
 * The facts a report states about itself: which period, organisation and scan it covers, what the
 * scan judged (sources with their hashes) and with what (policy text and hash, reference data).
 *
 * @param policy          the scan's policy as it was in force (review date as the scan saw it)
 * @param referenceData   catalogue name to version, as recorded with the scan
 * @param entries         entries in the scan's snapshots
 */
public record ReportScope(String period, Instant generatedAt, Scan scan, Policy policy, String policyOrigin,
                          String policyText, Map<String, String> referenceData, List<SourceSnapshot> sources,
                          long entries) {

    public ReportScope {
        referenceData = OrderedMap.copyOf(referenceData);
        sources = List.copyOf(sources);
    }

    public String organisation() {
        return policy.organization();
    }

    public LocalDate reviewDate() {
        return policy.reviewDate();
    }

    /** Expiries before this day are within the policy's "expiring soon" window (or already past). */
    public LocalDate expiringHorizon() {
        return reviewDate().plusDays(policy.expiringSoonDays() + 1L);
    }
}
