package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;

/** The aggregates of the workbench's overview: trend, findings by rule, expiries by month, top owners. */
public final class OverviewDao {

    private final Connection connection;
    private final LocalDate today;

    OverviewDao(Connection connection, LocalDate today) {
        this.connection = connection;
        this.today = today;
    }

    /** How many findings of one rule (or one owner) a scan has, and the worst of them. */
    public record Count(String name, long count, Severity worst) {
    }

    /** How many entries expire in one month. */
    public record MonthCount(YearMonth month, long count) {
    }

    /** The complete scan before {@code scanId}, for trends. */
    public Optional<Long> previousScan(long scanId) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT max(id) FROM scans WHERE complete = 1 AND id < ?")) {
            s.setLong(1, scanId);
            try (ResultSet rs = s.executeQuery()) {
                long id = rs.next() ? rs.getLong(1) : 0;
                return rs.wasNull() || id == 0 ? Optional.empty() : Optional.of(id);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read scans: " + e.getMessage(), e);
        }
    }

    /** Findings of a scan by rule, most first. */
    public List<Count> findingsByRule(long scanId) throws WorkspaceException {
        return counts("SELECT rule, findings, worst_rank FROM scan_rule_counts WHERE scan_id = ?"
                + " ORDER BY 2 DESC, 1 LIMIT ?", scanId, Integer.MAX_VALUE);
    }

    /**
     * The owners ('' for none) with the most open findings in a scan (undecided, or waived with a lapsed
     * waiver), at most {@code limit}; the worst severity is that of their open findings. Computed as the
     * scan's counts per owner and severity (V8) minus the findings a decision took out of "open", so only
     * decided findings are joined with their entries.
     */
    public List<Count> topOwners(long scanId, int limit) throws WorkspaceException {
        Map<String, long[]> open = new HashMap<>();
        try {
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT owner, severity_rank, findings FROM scan_owner_counts WHERE scan_id = ?")) {
                s.setLong(1, scanId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        open.computeIfAbsent(rs.getString(1), o -> new long[Severity.values().length])[rs.getInt(2)]
                                += rs.getLong(3);
                    }
                }
            }
            try (PreparedStatement s = connection.prepareStatement("SELECT coalesce(e.owner, ''), f.severity_rank,"
                    + " count(*)" + TriageSql.DECIDED_FINDINGS + " JOIN entries e ON e.id = f.entry_id"
                    + decidedOutOfOpen() + " GROUP BY 1, 2")) {
                s.setLong(1, scanId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long[] counts = open.get(rs.getString(1));
                        if (counts != null) {
                            counts[rs.getInt(2)] -= rs.getLong(3);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot summarise scan " + scanId + ": " + e.getMessage(), e);
        }
        List<Count> out = new ArrayList<>();
        open.forEach((owner, bySeverity) -> {
            long total = 0;
            Severity worst = null;
            for (int rank = bySeverity.length - 1; rank >= 0; rank--) {
                if (bySeverity[rank] > 0) {
                    total += bySeverity[rank];
                    worst = Severity.values()[rank];
                }
            }
            if (total > 0) {
                out.add(new Count(owner, total, worst));
            }
        });
        out.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::name));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** Which of the scan's decided findings a decision in force keeps out of "open"; binds the scan id. */
    private String decidedOutOfOpen() {
        return " WHERE f.scan_id = ? AND " + FindingRows.status(today) + " <> '" + TriageStatus.OPEN.id() + "'";
    }

    /** Open findings of a scan by severity (every severity present, zero when none). */
    public Map<Severity, Long> openBySeverity(long scanId) throws WorkspaceException {
        Map<Severity, Long> out = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            out.put(severity, 0L);
        }
        // every finding of the scan per severity, as the scan counted them (V8), minus those a decision in force
        // took out, found from the decisions through the fingerprint index (V10). Looking up the triage state of
        // every finding instead took 1.1 s at two million findings.
        try {
            try (PreparedStatement s = connection.prepareStatement("SELECT severity_rank, sum(findings)"
                    + " FROM scan_owner_counts WHERE scan_id = ? GROUP BY severity_rank")) {
                s.setLong(1, scanId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.merge(EntryGroupDao.severity(rs.getInt(1)), rs.getLong(2), Long::sum);
                    }
                }
            }
            try (PreparedStatement s = connection.prepareStatement("SELECT f.severity_rank, count(*)"
                    + TriageSql.DECIDED_FINDINGS + decidedOutOfOpen() + " GROUP BY 1")) {
                s.setLong(1, scanId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.merge(EntryGroupDao.severity(rs.getInt(1)), -rs.getLong(2), Long::sum);
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count open findings of scan " + scanId + ": " + e.getMessage(), e);
        }
    }

    /** Entries of the snapshots expiring in each month from {@code from} (inclusive) to {@code until} (exclusive). */
    public List<MonthCount> expiriesByMonth(List<Long> snapshotIds, YearMonth from, YearMonth until)
            throws WorkspaceException {
        if (snapshotIds.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT substr(expires, 1, 7) AS m, count(*) FROM entry_rows WHERE snapshot_id IN ("
                + "?,".repeat(snapshotIds.size() - 1) + "?) AND expires >= ? AND expires < ? GROUP BY m ORDER BY m";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int i = 1;
            for (long id : snapshotIds) {
                s.setLong(i++, id);
            }
            s.setString(i++, from.atDay(1).toString());
            s.setString(i, until.atDay(1).toString());
            List<MonthCount> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new MonthCount(YearMonth.parse(rs.getString(1)), rs.getLong(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count expiries: " + e.getMessage(), e);
        }
    }

    /** Entries of the snapshots whose expiry is before {@code day}. */
    public long expiredBefore(List<Long> snapshotIds, LocalDate day) throws WorkspaceException {
        if (snapshotIds.isEmpty()) {
            return 0;
        }
        String sql = "SELECT count(*) FROM entry_rows WHERE snapshot_id IN (" + "?,".repeat(snapshotIds.size() - 1)
                + "?) AND expires < ?";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int i = 1;
            for (long id : snapshotIds) {
                s.setLong(i++, id);
            }
            s.setString(i, day.toString());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count expired entries: " + e.getMessage(), e);
        }
    }

    private List<Count> counts(String sql, long scanId, int limit) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, scanId);
            s.setInt(2, limit);
            List<Count> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Count(rs.getString(1), rs.getLong(2), EntryGroupDao.severity(rs.getInt(3))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot summarise scan " + scanId + ": " + e.getMessage(), e);
        }
    }
}
