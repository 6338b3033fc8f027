package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.auditbench.model.Finding;
import org.auditbench.model.FindingSubject;
import org.auditbench.model.FindingTriage;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;

/**
 * Lists the findings of a scan with the entry fields they are shown with, worst first. A finding's status
 * is the one in force today for its fingerprint (decisions follow a finding across scans).
 */
public final class FindingDao {

    private final Connection connection;
    private final LocalDate today;

    FindingDao(Connection connection, LocalDate today) {
        this.connection = connection;
        this.today = today;
    }

    /** Receives findings one at a time. */
    @FunctionalInterface
    public interface FindingConsumer<X extends Exception> {
        void accept(Finding finding) throws X;
    }

    /** Receives findings with their triage (status, who decided, waiver and its expiry) one at a time. */
    @FunctionalInterface
    public interface TriagedFindingConsumer<X extends Exception> {
        void accept(Finding finding, FindingTriage triage) throws X;
    }

    private static final String SELECT = "SELECT f.id, f.scan_id, f.entry_id, f.related_entry_id, f.rule,"
            + " f.severity, f.fingerprint, f.message, f.evidence, src.name, coalesce(e.address, e.domain),"
            + " e.domain, e.protocol, e.target, e.port, e.layer, e.owner, e.environment, e.source_row, "
            + FindingTriageRows.COLUMNS
            + " FROM findings f JOIN entries e ON e.id = f.entry_id JOIN snapshots s ON s.id = e.snapshot_id"
            + " JOIN sources src ON src.id = s.source_id LEFT JOIN triage_state t ON t.fingerprint = f.fingerprint"
            + " LEFT JOIN decisions td ON td.id = t.decision_id WHERE f.scan_id = ?";
    private static final String ORDER = " ORDER BY f.severity_rank, f.rule, e.domain, f.id";
    /**
     * The same order for the findings of a few entries. Written so (the "+") that SQLite cannot walk the scan's
     * findings by severity to avoid sorting, which it preferred: at two million findings that read them all (1.3 s)
     * instead of looking the entries up in findings_by_scan_entry and sorting a handful (10 ms).
     */
    private static final String ORDER_FEW = " ORDER BY +f.severity_rank, f.rule, e.domain, f.id";

    public <X extends Exception> void forEach(long scanId, FindingQuery query, FindingConsumer<X> consumer)
            throws WorkspaceException, X {
        forEachTriaged(scanId, query, (finding, triage) -> consumer.accept(finding));
    }

    /** Like {@link #forEach}, with each finding's triage: who decided, the comment, the waiver and its expiry. */
    public <X extends Exception> void forEachTriaged(long scanId, FindingQuery query,
                                                     TriagedFindingConsumer<X> consumer) throws WorkspaceException, X {
        StringBuilder sql = new StringBuilder(SELECT);
        if (query.minSeverity() != null) {
            sql.append(" AND f.severity_rank <= ?");
        }
        if (!query.rules().isEmpty()) {
            sql.append(" AND f.rule IN (").append("?,".repeat(query.rules().size() - 1)).append("?)");
        }
        if (!query.statuses().isEmpty()) {
            sql.append(" AND ").append(TriageSql.effectiveStatus("t", today)).append(" IN (")
                    .append("?,".repeat(query.statuses().size() - 1)).append("?)");
        }
        sql.append(ORDER);
        try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
            int i = 1;
            s.setLong(i++, scanId);
            if (query.minSeverity() != null) {
                s.setInt(i++, query.minSeverity().ordinal());
            }
            for (String rule : query.rules().stream().sorted().toList()) {
                s.setString(i++, rule);
            }
            for (TriageStatus status : query.statuses().stream().sorted().toList()) {
                s.setString(i++, status.id());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    FindingTriage triage = FindingTriageRows.read(rs, 20, today);
                    consumer.accept(read(rs, triage.status()), triage);
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read findings of scan " + scanId + ": " + e.getMessage(), e);
        }
    }

    /** The findings of a scan on these entries, with their triage status, worst first. */
    public List<Finding> onEntries(long scanId, Collection<Long> entryIds) throws WorkspaceException {
        List<Finding> out = new ArrayList<>();
        List<Long> ids = new ArrayList<>(entryIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            try (PreparedStatement s = connection.prepareStatement(SELECT + " AND f.entry_id IN ("
                    + "?,".repeat(part.size() - 1) + "?)" + ORDER_FEW)) {
                s.setLong(1, scanId);
                for (int i = 0; i < part.size(); i++) {
                    s.setLong(i + 2, part.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs, FindingTriageRows.read(rs, 20, today).status()));
                    }
                }
            } catch (SQLException e) {
                throw new WorkspaceException("cannot read findings of scan " + scanId + ": " + e.getMessage(), e);
            }
        }
        out.sort(java.util.Comparator.comparing(Finding::severity).thenComparing(Finding::rule));
        return out;
    }

    public Map<Severity, Long> countBySeverity(long scanId) throws WorkspaceException {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0L);
        }
        // by the rank, not the severity's name: (scan_id, severity_rank) is an index, so the count reads only it
        // (0.3 s instead of 1.8 s at two million findings)
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT severity_rank, count(*) FROM findings WHERE scan_id = ? GROUP BY severity_rank")) {
            s.setLong(1, scanId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(EntryGroupDao.severity(rs.getInt(1)), rs.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count findings: " + e.getMessage(), e);
        }
    }

    /** How many findings of the scan stand at each status today (every status present, zero when none). */
    public Map<TriageStatus, Long> countByStatus(long scanId) throws WorkspaceException {
        Map<TriageStatus, Long> counts = new EnumMap<>(TriageStatus.class);
        for (TriageStatus status : TriageStatus.values()) {
            counts.put(status, 0L);
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT " + TriageSql.effectiveStatus("t", today)
                + ", count(*) FROM findings f LEFT JOIN triage_state t ON t.fingerprint = f.fingerprint"
                + " WHERE f.scan_id = ? GROUP BY 1")) {
            s.setLong(1, scanId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.merge(TriageStatus.parse(rs.getString(1)), rs.getLong(2), Long::sum);
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count findings by status: " + e.getMessage(), e);
        }
    }

    private static Finding read(ResultSet rs, TriageStatus status) throws SQLException {
        long related = rs.getLong(4);
        Long relatedId = rs.wasNull() ? null : related;
        int port = rs.getInt(15);
        Integer portValue = rs.wasNull() ? null : port;
        FindingSubject subject = new FindingSubject(rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getString(14), portValue, rs.getString(16), rs.getString(17), rs.getString(18),
                rs.getString(19));
        return new Finding(rs.getLong(1), rs.getLong(2), rs.getLong(3), relatedId, rs.getString(5),
                Severity.parse(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                status, subject);
    }
}
