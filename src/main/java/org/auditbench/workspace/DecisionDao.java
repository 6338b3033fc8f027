package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.auditbench.model.Decision;
import org.auditbench.model.DecisionOrigin;
import org.auditbench.model.FindingTriage;
import org.auditbench.model.TriageStatus;
import org.auditbench.model.Waiver;
import org.auditbench.model.WaiverState;

/** Reads the decision history, the current status of decided findings, and waivers. */
public final class DecisionDao {

    private static final String COLUMNS = "d.id, d.fingerprint, d.source_name, d.rule, d.status, d.previous_status,"
            + " d.origin, d.actor, d.decided_at, d.comment, d.reason, d.waiver_until, d.scan_id, d.audit_seq";

    private final Connection connection;
    private final LocalDate today;

    DecisionDao(Connection connection, LocalDate today) {
        this.connection = connection;
        this.today = today;
    }

    /** Receives rows one at a time. */
    @FunctionalInterface
    public interface Consumer<T, X extends Exception> {
        void accept(T value) throws X;
    }

    /** Every decision in the order made; only those about {@code fingerprint} unless it is null. */
    public <X extends Exception> void forEach(String fingerprint, Consumer<Decision, X> consumer)
            throws WorkspaceException, X {
        String sql = "SELECT " + COLUMNS + " FROM decisions d" + (fingerprint == null ? "" : " WHERE d.fingerprint = ?")
                + " ORDER BY d.id";
        stream(sql, fingerprint == null ? List.of() : List.of(fingerprint), consumer);
    }

    /** The decisions with ids in ({@code afterId}, {@code throughId}] (unbounded above when null), in order. */
    public <X extends Exception> void forEachBetween(long afterId, Long throughId, Consumer<Decision, X> consumer)
            throws WorkspaceException, X {
        String sql = "SELECT " + COLUMNS + " FROM decisions d WHERE d.id > ?" + (throughId == null ? "" : " AND d.id <= ?")
                + " ORDER BY d.id";
        stream(sql, throughId == null ? List.of(afterId) : List.of(afterId, throughId), consumer);
    }

    /**
     * A decision row exactly as stored, for verify: text that was edited outside Auditbench may no longer
     * parse, and verify must report it rather than fail.
     */
    public record RawDecision(long id, long auditSeq, String fingerprint, String status, String origin, String actor,
                              String comment, String reason, String waiverUntil) {
    }

    /** Every decision as stored, grouped by the audit row that records it (by seq, then fingerprint). */
    public <X extends Exception> void forEachByAuditRow(Consumer<RawDecision, X> consumer)
            throws WorkspaceException, X {
        try (PreparedStatement s = connection.prepareStatement("SELECT id, audit_seq, fingerprint, status, origin,"
                + " actor, comment, reason, waiver_until FROM decisions ORDER BY audit_seq, fingerprint")) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new RawDecision(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read decisions: " + e.getMessage(), e);
        }
    }

    /** The id of the newest decision, 0 when there is none. */
    public long lastId() throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement("SELECT coalesce(max(id), 0) FROM decisions");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read decisions: " + e.getMessage(), e);
        }
    }

    /** Where the finding with this fingerprint stands; {@link FindingTriage#UNDECIDED} when nobody decided. */
    public FindingTriage current(String fingerprint) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement("SELECT " + FindingTriageRows.COLUMNS
                + " FROM triage_state t LEFT JOIN decisions td ON td.id = t.decision_id WHERE t.fingerprint = ?")) {
            s.setString(1, fingerprint);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? FindingTriageRows.read(rs, 1, today) : FindingTriage.UNDECIDED;
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the status of " + fingerprint + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waivers on record: those in force (active, or orphaned when {@code latestScanId} no longer has their
     * finding), those past their last day but not yet lapsed, then those whose lapse was logged, newest first.
     */
    public <X extends Exception> void forEachWaiver(Long latestScanId, Consumer<Waiver, X> consumer)
            throws WorkspaceException, X {
        String inScan = latestScanId == null ? "0"
                : "EXISTS (SELECT 1 FROM findings f WHERE f.scan_id = ? AND f.fingerprint = t.fingerprint)";
        String current = "SELECT t.fingerprint, t.source_name, t.rule, t.waiver_status, t.waiver_reason, t.waiver_until,"
                + " wd.actor, wd.decided_at, wd.comment, " + inScan + ", NULL FROM triage_state t"
                + " LEFT JOIN decisions wd ON wd.id = t.waiver_decision_id WHERE t.waiver_until IS NOT NULL"
                + " ORDER BY t.waiver_until, t.fingerprint";
        String lapsed = "SELECT d.fingerprint, d.source_name, d.rule, w.status, d.reason, d.waiver_until, w.actor,"
                + " w.decided_at, w.comment, 0, d.decided_at FROM decisions d LEFT JOIN decisions w ON w.id ="
                + " (SELECT max(p.id) FROM decisions p WHERE p.fingerprint = d.fingerprint AND p.id < d.id"
                + " AND p.origin IN ('individual', 'bulk') AND p.status IN " + TriageSql.waiverStatuses() + ")"
                + " WHERE d.origin = 'waiver-lapsed' ORDER BY d.id DESC";
        try {
            try (PreparedStatement s = connection.prepareStatement(current)) {
                if (latestScanId != null) {
                    s.setLong(1, latestScanId);
                }
                readWaivers(s, consumer, false);
            }
            try (PreparedStatement s = connection.prepareStatement(lapsed)) {
                readWaivers(s, consumer, true);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read waivers: " + e.getMessage(), e);
        }
    }

    /**
     * Decided findings whose current status does not follow from their newest decision (the derived table was
     * edited outside Auditbench), at most {@code limit}, each as {@code fingerprint: what is wrong}.
     */
    public List<String> stateInconsistencies(int limit) throws WorkspaceException {
        String sql = "SELECT t.fingerprint, t.status, t.decision_id, d.id, d.status FROM triage_state t"
                + " LEFT JOIN decisions d ON d.id = (SELECT max(x.id) FROM decisions x WHERE x.fingerprint = t.fingerprint)"
                + " WHERE d.id IS NULL OR d.id <> t.decision_id OR d.status <> t.status"
                + " UNION ALL SELECT x.fingerprint, NULL, NULL, max(x.id), NULL FROM decisions x"
                + " WHERE NOT EXISTS (SELECT 1 FROM triage_state t WHERE t.fingerprint = x.fingerprint)"
                + " GROUP BY x.fingerprint LIMIT ?";
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String fingerprint = rs.getString(1);
                    if (rs.getString(2) == null) {
                        out.add(fingerprint + ": has decisions (newest " + rs.getLong(4) + ") but no current status");
                    } else if (rs.getObject(4) == null) {
                        out.add(fingerprint + ": has status " + rs.getString(2) + " but no decision says so");
                    } else {
                        out.add(fingerprint + ": status " + rs.getString(2) + " (decision " + rs.getLong(3)
                                + ") but its newest decision " + rs.getLong(4) + " says " + rs.getString(5));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot check triage status: " + e.getMessage(), e);
        }
    }

    private <X extends Exception> void readWaivers(PreparedStatement s, Consumer<Waiver, X> consumer, boolean lapsed)
            throws SQLException, X {
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String statusId = rs.getString(4);
                LocalDate until = LocalDate.parse(rs.getString(6));
                WaiverState state;
                if (lapsed || until.isBefore(today)) {
                    state = WaiverState.EXPIRED;
                } else {
                    state = rs.getInt(10) == 1 ? WaiverState.ACTIVE : WaiverState.ORPHANED;
                }
                consumer.accept(new Waiver(rs.getString(1), rs.getString(2), rs.getString(3),
                        statusId == null ? null : TriageStatus.parse(statusId), rs.getString(5), until, rs.getString(7),
                        instant(rs.getString(8)), rs.getString(9), state, instant(rs.getString(11))));
            }
        }
    }

    private <X extends Exception> void stream(String sql, List<Object> params, Consumer<Decision, X> consumer)
            throws WorkspaceException, X {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setFetchSize(1000);
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(read(rs));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read decisions: " + e.getMessage(), e);
        }
    }

    static Decision read(ResultSet rs) throws SQLException {
        long scan = rs.getLong(13);
        Long scanId = rs.wasNull() ? null : scan;
        String until = rs.getString(12);
        return new Decision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                TriageStatus.parse(rs.getString(5)), TriageStatus.parse(rs.getString(6)),
                DecisionOrigin.parse(rs.getString(7)), rs.getString(8), instant(rs.getString(9)), rs.getString(10),
                rs.getString(11), until == null ? null : LocalDate.parse(until), scanId, rs.getLong(14));
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /** For callers that only need to know whether a fingerprint was ever decided. */
    public Optional<Decision> latest(String fingerprint) throws WorkspaceException {
        List<Decision> found = new ArrayList<>();
        stream("SELECT " + COLUMNS + " FROM decisions d WHERE d.fingerprint = ? ORDER BY d.id DESC LIMIT 1",
                List.of(fingerprint), found::add);
        return found.stream().findFirst();
    }
}
