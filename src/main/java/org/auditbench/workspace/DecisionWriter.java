package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.auditbench.model.TriageStatus;

/**
 * Writes a decision about the findings staged in the temporary table {@code triage_targets}: one decisions
 * row each, their current status in triage_state, and the audit row naming them by count and digest.
 */
final class DecisionWriter {

    /** How many fingerprints an audit row lists by name; larger sets are pinned by their digest. */
    static final int LISTED_FINGERPRINTS = 100;

    private final Connection connection;
    private final Clock clock;
    private final AuditLog audit;

    DecisionWriter(Connection connection, Clock clock, AuditLog audit) {
        this.connection = connection;
        this.clock = clock;
        this.audit = audit;
    }

    /** Empties the stage (creating it on first use). */
    void resetStage() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS triage_targets (fingerprint TEXT PRIMARY KEY,"
                    + " source_name TEXT NOT NULL, rule TEXT NOT NULL)");
            s.execute("DELETE FROM temp.triage_targets");
        }
    }

    long stagedCount() throws WorkspaceException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM temp.triage_targets")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count selected findings: " + e.getMessage(), e);
        }
    }

    /**
     * Appends one decision per staged finding with status {@code statusSql} ({@code ?} binds the spec's
     * status), updates triage_state and writes the audit row. With {@code keepWaiver} the findings' waivers
     * are left as they are; otherwise they are set from the decision (waiver statuses) or cleared.
     */
    DecisionBatch recordStaged(DecisionSpec spec, String statusSql, boolean keepWaiver, String action,
                               Map<String, Object> details) throws WorkspaceException {
        long seq = audit.nextSeq();
        String at = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
        boolean waiver = spec.status().isWaiver() && spec.origin().byPerson();
        try {
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO decisions (fingerprint, source_name,"
                    + " rule, status, previous_status, origin, actor, decided_at, comment, reason, waiver_until,"
                    + " scan_id, audit_seq) SELECT g.fingerprint, g.source_name, g.rule, " + statusSql + ","
                    + " coalesce(t.status, '" + TriageStatus.OPEN.id() + "'), ?, ?, ?, ?, ?, ?, ?, ?"
                    + " FROM temp.triage_targets g"
                    + " LEFT JOIN triage_state t ON t.fingerprint = g.fingerprint ORDER BY g.fingerprint")) {
                int i = 1;
                if (statusSql.equals("?")) {
                    s.setString(i++, spec.status().id());
                }
                s.setString(i++, spec.origin().id());
                s.setString(i++, spec.actor());
                s.setString(i++, at);
                s.setString(i++, spec.comment());
                s.setString(i++, spec.reason());
                s.setString(i++, spec.waiverUntil() == null ? null : spec.waiverUntil().toString());
                if (spec.scanId() == null) {
                    s.setNull(i++, Types.INTEGER);
                } else {
                    s.setLong(i++, spec.scanId());
                }
                s.setLong(i, seq);
                s.executeUpdate();
            }
            String waiverColumns = keepWaiver ? "" : ", waiver_decision_id = excluded.waiver_decision_id,"
                    + " waiver_status = excluded.waiver_status, waiver_reason = excluded.waiver_reason,"
                    + " waiver_until = excluded.waiver_until";
            String waiverValues = waiver ? "d.id, d.status, d.reason, d.waiver_until" : "NULL, NULL, NULL, NULL";
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO triage_state (fingerprint, source_name,"
                    + " rule, status, decision_id, waiver_decision_id, waiver_status, waiver_reason, waiver_until)"
                    + " SELECT d.fingerprint, d.source_name, d.rule, d.status, d.id, " + waiverValues
                    + " FROM decisions d WHERE d.audit_seq = ? AND true ON CONFLICT (fingerprint) DO UPDATE SET"
                    + " status = excluded.status, decision_id = excluded.decision_id" + waiverColumns)) {
                s.setLong(1, seq);
                s.executeUpdate();
            }
            ListDigest digest = new ListDigest();
            List<String> first = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT fingerprint FROM decisions WHERE audit_seq = ? ORDER BY fingerprint")) {
                s.setLong(1, seq);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        digest.add(rs.getString(1));
                        if (first.size() < LISTED_FINGERPRINTS) {
                            first.add(rs.getString(1));
                        }
                    }
                }
            }
            Map<String, Object> row = new LinkedHashMap<>(details);
            row.put("origin", spec.origin().id());
            row.put("count", digest.count());
            String sha = digest.hex();
            row.put("fingerprintsSha256", sha);
            row.put("fingerprints", first);
            long written = audit.append(spec.actor(), action, row).seq();
            if (written != seq) {
                throw new WorkspaceException("the audit log changed while a decision was being written (expected row "
                        + seq + ", got " + written + "); nothing was recorded");
            }
            return new DecisionBatch(seq, digest.count(), sha, first);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot record the decision: " + e.getMessage(), e);
        }
    }
}
