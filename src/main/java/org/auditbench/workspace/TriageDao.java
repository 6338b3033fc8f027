package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.auditbench.model.DecisionOrigin;
import org.auditbench.model.TriageStatus;

/**
 * Records triage decisions: a person's (by fingerprint or by filter) and the system's (waiver lapses,
 * findings fixed or found again by a scan). Each recording stages the findings it covers in a temporary
 * table, appends the decisions, updates the findings' current status and writes one audit row, all in the
 * caller's transaction. Set-based SQL, so a bulk decision over a million findings stays one statement.
 */
public final class TriageDao {

    private final Connection connection;
    private final Clock clock;
    private final DecisionWriter writer;

    TriageDao(Connection connection, Clock clock, AuditLog audit) {
        this.connection = connection;
        this.clock = clock;
        this.writer = new DecisionWriter(connection, clock, audit);
    }

    /** Today by the workspace clock: the day waivers are judged against. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A finding a lapse, fix or decision applied to, as reported back to the caller. */
    public record Lapse(String fingerprint, String sourceName, String rule, TriageStatus waiverStatus, String reason,
                        LocalDate until, TriageStatus statusBefore, TriageStatus statusAfter, long auditSeq) {
    }

    /**
     * Stages the findings of {@code scanId} with these fingerprints for the next {@link #record}; returns the
     * fingerprints that scan does not have (nothing to decide about), in the order given.
     */
    public List<String> stageFingerprints(long scanId, Collection<String> fingerprints) throws WorkspaceException {
        List<String> missing = new ArrayList<>();
        try {
            writer.resetStage();
            try (PreparedStatement s = connection.prepareStatement("INSERT OR IGNORE INTO temp.triage_targets"
                    + " SELECT f.fingerprint, src.name, f.rule FROM findings f" + TriageSql.FINDING_SOURCE
                    + " WHERE f.scan_id = ? AND f.fingerprint = ? LIMIT 1")) {
                for (String fingerprint : new LinkedHashSet<>(fingerprints)) {
                    s.setLong(1, scanId);
                    s.setString(2, fingerprint);
                    if (s.executeUpdate() == 0) {
                        missing.add(fingerprint);
                    }
                }
            }
            return missing;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot look up findings of scan " + scanId + ": " + e.getMessage(), e);
        }
    }

    /** Stages every finding of {@code scanId} the selection covers; returns how many distinct findings. */
    public long stageSelection(long scanId, TriageSelection selection) throws WorkspaceException {
        LocalDate today = LocalDate.now(clock);
        StringBuilder sql = new StringBuilder("INSERT OR IGNORE INTO temp.triage_targets SELECT f.fingerprint, src.name,"
                + " f.rule FROM findings f" + TriageSql.FINDING_SOURCE
                + " LEFT JOIN triage_state t ON t.fingerprint = f.fingerprint WHERE f.scan_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(scanId);
        if (!selection.rules().isEmpty()) {
            sql.append(" AND f.rule IN (").append(placeholders(selection.rules().size())).append(')');
            params.addAll(selection.rules().stream().sorted().toList());
        }
        if (selection.minSeverity() != null) {
            sql.append(" AND f.severity_rank <= ?");
            params.add(selection.minSeverity().ordinal());
        }
        if (!selection.sources().isEmpty()) {
            sql.append(" AND src.name IN (").append(placeholders(selection.sources().size())).append(')');
            params.addAll(selection.sources().stream().sorted().toList());
        }
        if (!selection.currentStatuses().isEmpty()) {
            sql.append(" AND ").append(TriageSql.effectiveStatus("t", today)).append(" IN (")
                    .append(placeholders(selection.currentStatuses().size())).append(')');
            selection.currentStatuses().stream().map(TriageStatus::id).sorted().forEach(params::add);
        }
        try {
            writer.resetStage();
            try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
                bind(s, params);
                s.executeUpdate();
            }
            return stagedCount();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot select findings of scan " + scanId + ": " + e.getMessage(), e);
        }
    }

    /** How many findings are staged. */
    public long stagedCount() throws WorkspaceException {
        return writer.stagedCount();
    }

    /**
     * Records a person's decision on every staged finding, updates their current status (a waiver status sets
     * the waiver, any other status clears it) and appends the audit row ({@code decision} or
     * {@code bulk-decision}). Call inside {@link Workspace#inTransaction}.
     */
    public DecisionBatch record(DecisionSpec spec) throws WorkspaceException {
        return Transactions.run(connection, () -> recordPerson(spec));
    }

    private DecisionBatch recordPerson(DecisionSpec spec) throws WorkspaceException {
        String action = spec.origin() == DecisionOrigin.BULK ? "bulk-decision" : "decision";
        Map<String, Object> details = new LinkedHashMap<>(spec.auditDetails());
        details.put("status", spec.status().id());
        details.put("comment", spec.comment());
        if (spec.status().isWaiver()) {
            details.put("reason", spec.reason());
            details.put("until", spec.waiverUntil() == null ? null : spec.waiverUntil().toString());
        }
        return writer.recordStaged(spec, "?", false, action, details);
    }

    /**
     * Re-opens every finding whose waiver's last day is before {@code today}; a fixed finding stays fixed but
     * loses its orphaned waiver. Each lapse is its own decision and audit row ({@code waiver-lapsed}) by
     * {@link AuditLog#SYSTEM}. Call inside a transaction.
     */
    public List<Lapse> lapseExpiredWaivers(LocalDate today, Long scanId) throws WorkspaceException {
        return Transactions.run(connection, () -> lapseAll(today, scanId));
    }

    private List<Lapse> lapseAll(LocalDate today, Long scanId) throws WorkspaceException {
        List<String[]> due = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT t.fingerprint, t.source_name, t.rule, t.status,"
                + " t.waiver_status, t.waiver_reason, t.waiver_until, d.actor FROM triage_state t"
                + " LEFT JOIN decisions d ON d.id = t.waiver_decision_id"
                + " WHERE t.waiver_until IS NOT NULL AND t.waiver_until < ? ORDER BY t.waiver_until, t.fingerprint")) {
            s.setString(1, today.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    due.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)});
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read waivers: " + e.getMessage(), e);
        }
        List<Lapse> lapses = new ArrayList<>();
        for (String[] w : due) {
            lapses.add(lapse(w, scanId));
        }
        return lapses;
    }

    /**
     * Marks fixed every finding of the scanned sources that this scan no longer produces: those the previous
     * scan had, and those with a decision that is not already fixed. Waivers stay (and show as orphaned).
     * Returns how many; writes one {@code findings-fixed} audit row when there are any.
     */
    public long markFixed(long scanId, Long previousScanId) throws WorkspaceException {
        return Transactions.run(connection, () -> fixed(scanId, previousScanId));
    }

    private long fixed(long scanId, Long previousScanId) throws WorkspaceException {
        try {
            writer.resetStage();
            try (PreparedStatement s = connection.prepareStatement("INSERT OR IGNORE INTO temp.triage_targets"
                    + " SELECT t.fingerprint, t.source_name, t.rule FROM triage_state t WHERE t.status <> ?"
                    + " AND t.source_name IN (" + TriageSql.SCANNED_SOURCES + ")"
                    + " AND NOT EXISTS (SELECT 1 FROM findings c WHERE c.scan_id = ? AND c.fingerprint = t.fingerprint)")) {
                s.setString(1, TriageStatus.FIXED.id());
                s.setLong(2, scanId);
                s.setLong(3, scanId);
                s.executeUpdate();
            }
            if (previousScanId != null) {
                try (PreparedStatement s = connection.prepareStatement("INSERT OR IGNORE INTO temp.triage_targets"
                        + " SELECT f.fingerprint, src.name, f.rule FROM findings f" + TriageSql.FINDING_SOURCE
                        + " WHERE f.scan_id = ? AND src.name IN (" + TriageSql.SCANNED_SOURCES + ")"
                        + " AND NOT EXISTS (SELECT 1 FROM findings c WHERE c.scan_id = ? AND c.fingerprint = f.fingerprint)"
                        + " AND NOT EXISTS (SELECT 1 FROM triage_state t WHERE t.fingerprint = f.fingerprint"
                        + " AND t.status = ?)")) {
                    s.setLong(1, previousScanId);
                    s.setLong(2, scanId);
                    s.setLong(3, scanId);
                    s.setString(4, TriageStatus.FIXED.id());
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot find the findings scan " + scanId + " no longer produces: "
                    + e.getMessage(), e);
        }
        if (stagedCount() == 0) {
            return 0;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("scanId", scanId);
        details.put("previousScanId", previousScanId);
        details.put("status", TriageStatus.FIXED.id());
        DecisionSpec spec = new DecisionSpec(TriageStatus.FIXED, DecisionOrigin.FIXED_BY_SCAN, AuditLog.SYSTEM,
                "no longer found by scan " + scanId, null, null, scanId, Map.of());
        return writer.recordStaged(spec, "?", true, "findings-fixed", details).count();
    }

    /**
     * Re-opens findings that an earlier scan marked fixed and this scan produces again; a finding whose waiver
     * is still in force goes back to that waiver's status. Returns how many.
     */
    public long markFoundAgain(long scanId) throws WorkspaceException {
        return Transactions.run(connection, () -> foundAgain(scanId));
    }

    private long foundAgain(long scanId) throws WorkspaceException {
        try {
            writer.resetStage();
            try (PreparedStatement s = connection.prepareStatement("INSERT OR IGNORE INTO temp.triage_targets"
                    + " SELECT t.fingerprint, t.source_name, t.rule FROM triage_state t WHERE t.status = ?"
                    + " AND EXISTS (SELECT 1 FROM findings c WHERE c.scan_id = ? AND c.fingerprint = t.fingerprint)")) {
                s.setString(1, TriageStatus.FIXED.id());
                s.setLong(2, scanId);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot find findings scan " + scanId + " produces again: " + e.getMessage(), e);
        }
        if (stagedCount() == 0) {
            return 0;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("scanId", scanId);
        DecisionSpec spec = new DecisionSpec(TriageStatus.OPEN, DecisionOrigin.FOUND_AGAIN, AuditLog.SYSTEM,
                "found again by scan " + scanId, null, null, scanId, Map.of());
        return writer.recordStaged(spec, "coalesce(t.waiver_status, '" + TriageStatus.OPEN.id() + "')", true,
                "findings-found-again", details).count();
    }

    private Lapse lapse(String[] w, Long scanId) throws WorkspaceException {
        TriageStatus before = TriageStatus.parse(w[3]);
        TriageStatus waiverStatus = TriageStatus.parse(w[4]);
        TriageStatus after = before == waiverStatus ? TriageStatus.OPEN : before;
        LocalDate until = LocalDate.parse(w[6]);
        try {
            writer.resetStage();
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO temp.triage_targets (fingerprint, source_name, rule) VALUES (?,?,?)")) {
                s.setString(1, w[0]);
                s.setString(2, w[1]);
                s.setString(3, w[2]);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot record the lapse of waiver on " + w[0] + ": " + e.getMessage(), e);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fingerprint", w[0]);
        details.put("source", w[1]);
        details.put("rule", w[2]);
        details.put("waiver", waiverStatus.id());
        details.put("reason", w[5]);
        details.put("until", until.toString());
        details.put("waivedBy", w[7]);
        details.put("statusBefore", before.id());
        details.put("status", after.id());
        DecisionSpec spec = new DecisionSpec(after, DecisionOrigin.WAIVER_LAPSED, AuditLog.SYSTEM,
                waiverStatus.id() + " waiver until " + until + " lapsed", w[5], until, scanId, Map.of());
        DecisionBatch batch = writer.recordStaged(spec, "?", false, "waiver-lapsed", details);
        return new Lapse(w[0], w[1], w[2], waiverStatus, w[5], until, before, after, batch.auditSeq());
    }

    private static String placeholders(int n) {
        return "?,".repeat(n - 1) + "?";
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Long l) {
                s.setLong(i + 1, l);
            } else if (p instanceof Integer n) {
                s.setInt(i + 1, n);
            } else {
                s.setString(i + 1, (String) p);
            }
        }
    }
}
