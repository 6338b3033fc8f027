package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.auditbench.model.NewFinding;

/**
 * The counts a scan stores beside its findings ({@code scan_rule_counts}, {@code scan_owner_counts}), so the
 * workbench's summaries read a few rows instead of aggregating every finding again. Counted while writing.
 */
final class ScanCounts {

    /** Per rule: {findings, worst severity rank}. */
    private final Map<String, long[]> perRule = new TreeMap<>();

    void count(NewFinding f) {
        long[] rule = perRule.computeIfAbsent(f.rule(), r -> new long[] {0, Long.MAX_VALUE});
        rule[0]++;
        rule[1] = Math.min(rule[1], f.severity().ordinal());
    }

    void write(Connection connection, long scanId, OwnerTally owners) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO scan_rule_counts (scan_id, rule, findings, worst_rank) VALUES (?,?,?,?)")) {
            for (Map.Entry<String, long[]> rule : perRule.entrySet()) {
                s.setLong(1, scanId);
                s.setString(2, rule.getKey());
                s.setLong(3, rule.getValue()[0]);
                s.setLong(4, rule.getValue()[1]);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO scan_owner_counts (scan_id, owner, severity_rank, findings) VALUES (?,?,?,?)")) {
            for (Map.Entry<String, long[]> owner : owners.counts().entrySet()) {
                long[] bySeverity = owner.getValue();
                for (int rank = 0; rank < bySeverity.length; rank++) {
                    if (bySeverity[rank] > 0) {
                        s.setLong(1, scanId);
                        s.setString(2, owner.getKey());
                        s.setInt(3, rank);
                        s.setLong(4, bySeverity[rank]);
                        s.addBatch();
                    }
                }
            }
            s.executeBatch();
        }
    }
}
