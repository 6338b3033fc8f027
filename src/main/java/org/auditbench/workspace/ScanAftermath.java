package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What committing a scan also records, inside the scan's own transaction: the scan's audit row, a
 * policy-change row when the policy differs from the previous scan's, lapsed waivers, and the findings the
 * scan no longer produces (fixed) or produces again.
 */
final class ScanAftermath {

    private ScanAftermath() {
    }

    static void record(Connection connection, AuditLog audit, TriageDao triage, long scanId, ScanSpec spec,
                       long findings) throws WorkspaceException, SQLException {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("scanId", scanId);
        details.put("snapshotIds", spec.snapshotIds());
        details.put("policyOrigin", spec.policyOrigin());
        details.put("policySha256", spec.policyHash());
        details.put("referenceData", spec.referenceVersions());
        details.put("findings", findings);
        audit.append(audit.user(), "scan", details);

        Long previousScan = null;
        String previousPolicy = null;
        try (PreparedStatement s = connection.prepareStatement("SELECT id, policy_hash FROM scans WHERE complete = 1"
                + " AND id < ? ORDER BY id DESC LIMIT 1")) {
            s.setLong(1, scanId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    previousScan = rs.getLong(1);
                    previousPolicy = rs.getString(2);
                }
            }
        }
        if (previousPolicy != null && !previousPolicy.equals(spec.policyHash())) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("scanId", scanId);
            change.put("previousScanId", previousScan);
            change.put("previousPolicySha256", previousPolicy);
            change.put("policySha256", spec.policyHash());
            change.put("policyOrigin", spec.policyOrigin());
            audit.append(audit.user(), "policy-change", change);
        }
        triage.lapseExpiredWaivers(triage.today(), scanId);
        triage.markFixed(scanId, previousScan);
        triage.markFoundAgain(scanId);
    }
}
