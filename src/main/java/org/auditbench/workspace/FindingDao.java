package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.auditbench.model.Finding;
import org.auditbench.model.FindingSubject;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;

/** Lists the findings of a scan with the entry fields they are shown with, worst first. */
public final class FindingDao {

    private final Connection connection;

    FindingDao(Connection connection) {
        this.connection = connection;
    }

    /** Receives findings one at a time. */
    @FunctionalInterface
    public interface FindingConsumer<X extends Exception> {
        void accept(Finding finding) throws X;
    }

    private static final String SELECT = "SELECT f.id, f.scan_id, f.entry_id, f.related_entry_id, f.rule,"
            + " f.severity, f.fingerprint, f.message, f.evidence, src.name, coalesce(e.address, e.domain),"
            + " e.domain, e.protocol, e.target, e.port, e.layer, e.owner, e.environment, e.source_row"
            + " FROM findings f JOIN entries e ON e.id = f.entry_id JOIN snapshots s ON s.id = e.snapshot_id"
            + " JOIN sources src ON src.id = s.source_id WHERE f.scan_id = ?";
    private static final String ORDER = " ORDER BY f.severity_rank, f.rule, e.domain, f.id";

    public <X extends Exception> void forEach(long scanId, FindingQuery query, FindingConsumer<X> consumer)
            throws WorkspaceException, X {
        StringBuilder sql = new StringBuilder(SELECT);
        if (query.minSeverity() != null) {
            sql.append(" AND f.severity_rank <= ?");
        }
        if (!query.rules().isEmpty()) {
            sql.append(" AND f.rule IN (").append("?,".repeat(query.rules().size() - 1)).append("?)");
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
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(read(rs));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read findings of scan " + scanId + ": " + e.getMessage(), e);
        }
    }

    /** The findings of a scan on these entries, worst first. */
    public List<Finding> onEntries(long scanId, Collection<Long> entryIds) throws WorkspaceException {
        List<Finding> out = new ArrayList<>();
        List<Long> ids = new ArrayList<>(entryIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            try (PreparedStatement s = connection.prepareStatement(SELECT + " AND f.entry_id IN ("
                    + "?,".repeat(part.size() - 1) + "?)" + ORDER)) {
                s.setLong(1, scanId);
                for (int i = 0; i < part.size(); i++) {
                    s.setLong(i + 2, part.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
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
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT severity, count(*) FROM findings WHERE scan_id = ? GROUP BY severity")) {
            s.setLong(1, scanId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(Severity.parse(rs.getString(1)), rs.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count findings: " + e.getMessage(), e);
        }
    }

    private static Finding read(ResultSet rs) throws SQLException {
        long related = rs.getLong(4);
        Long relatedId = rs.wasNull() ? null : related;
        int port = rs.getInt(15);
        Integer portValue = rs.wasNull() ? null : port;
        FindingSubject subject = new FindingSubject(rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getString(14), portValue, rs.getString(16), rs.getString(17), rs.getString(18),
                rs.getString(19));
        return new Finding(rs.getLong(1), rs.getLong(2), rs.getLong(3), relatedId, rs.getString(5),
                Severity.parse(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                TriageStatus.OPEN, subject);
    }
}
