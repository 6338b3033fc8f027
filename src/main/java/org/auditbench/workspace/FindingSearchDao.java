package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.auditbench.model.Finding;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;

/**
 * The findings table of the workbench: filtered in SQL and read a page at a time, worst first, so a scan
 * with a million findings lists as fast as one with ten. Pages continue after the last row shown
 * (keyset paging on severity rank and id, which the scan index already orders). Each finding comes with
 * its triage, and its status is the one in force today (see {@link FindingRows#status}).
 */
public final class FindingSearchDao {

    private final Connection connection;
    private final LocalDate today;

    FindingSearchDao(Connection connection, LocalDate today) {
        this.connection = connection;
        this.today = today;
    }

    /** Where the previous page ended; {@link #START} for the first page. */
    public record Cursor(int severityRank, long id) {
        public static final Cursor START = new Cursor(-1, -1);

        public static Cursor after(Finding last) {
            return new Cursor(last.severity().ordinal(), last.id());
        }

        public static Cursor after(TriagedFinding last) {
            return after(last.finding());
        }
    }

    /** Up to {@code limit} matching findings after {@code cursor}, worst first, then oldest first. */
    public List<TriagedFinding> page(long scanId, FindingFilter filter, Cursor cursor, int limit) throws WorkspaceException {
        if (decidedOnly(filter)) {
            return decidedPage(scanId, filter, cursor, limit);
        }
        String sql = "SELECT " + FindingRows.columns() + FindingRows.FROM + where(filter) + AFTER_CURSOR
                + " ORDER BY f.severity_rank, f.id LIMIT ?";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int i = bindCursor(s, bind(s, scanId, filter), cursor);
            s.setInt(i, limit);
            return read(s);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot list findings of scan " + scanId + ": " + e.getMessage(), e);
        }
    }

    private static final String AFTER_CURSOR = " AND (f.severity_rank > ? OR (f.severity_rank = ? AND f.id > ?))";

    /**
     * Whether every match has a triage decision (only statuses other than open, and nothing about the entry): then
     * the decisions can lead. SQLite would otherwise walk all the scan's findings in severity order looking for them,
     * and after a bulk waiver of 333,022 of two million findings a page of waived ones took 1.4-2.8 s.
     */
    private static boolean decidedOnly(FindingFilter filter) {
        return !filter.statuses().isEmpty() && !filter.statuses().contains(TriageStatus.OPEN)
                && filter.owners().isEmpty() && filter.text() == null;
    }

    /** The stored status is one of the filter's wherever the status in force is, so it narrows the decisions first. */
    private String decidedWhere(FindingFilter filter) {
        return where(filter) + " AND t.status IN (" + marks(filter.statuses().size()) + ")";
    }

    /** The filter's statuses, in the order {@link #where} and {@link #decidedWhere} list their marks. */
    private static int bindStatuses(PreparedStatement s, int first, FindingFilter filter) throws SQLException {
        int i = first;
        for (TriageStatus status : filter.statuses().stream().sorted().toList()) {
            s.setString(i++, status.id());
        }
        return i;
    }

    /** The page's ids from the decisions and the fingerprint index alone (0.7 s there), then their rows. */
    private List<TriagedFinding> decidedPage(long scanId, FindingFilter filter, Cursor cursor, int limit)
            throws WorkspaceException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT f.id" + TriageSql.DECIDED_FINDINGS + decidedWhere(filter)
                + AFTER_CURSOR + " ORDER BY f.severity_rank, f.id LIMIT ?")) {
            int i = bindCursor(s, bindStatuses(s, bind(s, scanId, filter), filter), cursor);
            s.setInt(i, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            try (PreparedStatement rows = connection.prepareStatement("SELECT " + FindingRows.columns()
                    + FindingRows.FROM + " WHERE f.id IN (" + marks(ids.size()) + ") ORDER BY f.severity_rank, f.id")) {
                for (int k = 0; k < ids.size(); k++) {
                    rows.setLong(k + 1, ids.get(k));
                }
                return read(rows);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot list findings of scan " + scanId + ": " + e.getMessage(), e);
        }
    }

    private static int bindCursor(PreparedStatement s, int first, Cursor cursor) throws SQLException {
        s.setInt(first, cursor.severityRank());
        s.setInt(first + 1, cursor.severityRank());
        s.setLong(first + 2, cursor.id());
        return first + 3;
    }

    /**
     * How many findings match. Joins only what the filter needs: the entry for owner and text, the triage
     * state for status (with the fingerprint in the scan's rank index, a status count reads no finding rows).
     */
    public long count(long scanId, FindingFilter filter) throws WorkspaceException {
        if (decidedOnly(filter)) {
            return decidedCount(scanId, filter);
        }
        String from = " FROM findings f"
                + (!filter.owners().isEmpty() || filter.text() != null ? " JOIN entries e ON e.id = f.entry_id" : "")
                + (!filter.statuses().isEmpty() ? " LEFT JOIN triage_state t ON t.fingerprint = f.fingerprint" : "");
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*)" + from + where(filter))) {
            bind(s, scanId, filter);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count findings of scan " + scanId + ": " + e.getMessage(), e);
        }
    }

    private long decidedCount(long scanId, FindingFilter filter) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*)"
                + TriageSql.DECIDED_FINDINGS + decidedWhere(filter))) {
            bindStatuses(s, bind(s, scanId, filter), filter);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count findings of scan " + scanId + ": " + e.getMessage(), e);
        }
    }

    /** The findings a scan reported on one entry with their triage, worst first. */
    public List<TriagedFinding> forEntry(long scanId, long entryId) throws WorkspaceException {
        // "+f.severity_rank": sorting the entry's few findings beats walking the scan's findings in severity order
        // (which SQLite otherwise picks, to save the sort: 1.8 s for the detail pane at two million findings)
        try (PreparedStatement s = connection.prepareStatement("SELECT " + FindingRows.columns() + FindingRows.FROM
                + " WHERE f.entry_id = ? AND f.scan_id = ? ORDER BY +f.severity_rank, f.id")) {
            s.setLong(1, entryId);
            s.setLong(2, scanId);
            return read(s);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the findings of entry " + entryId + ": " + e.getMessage(), e);
        }
    }

    /** The rule ids that fired in a scan, with how often, most frequent first: the rule filter's choices. */
    public List<String> rules(long scanId) throws WorkspaceException {
        return strings("SELECT rule FROM scan_rule_counts WHERE scan_id = ? ORDER BY findings DESC, rule",
                scanId, Integer.MAX_VALUE);
    }

    /** The owners with findings in a scan ('' for none), most findings first, at most {@code limit}. */
    public List<String> owners(long scanId, int limit) throws WorkspaceException {
        return strings("SELECT owner FROM scan_owner_counts WHERE scan_id = ? GROUP BY owner"
                + " ORDER BY sum(findings) DESC, owner LIMIT ?", scanId, limit);
    }

    private List<String> strings(String sql, long scanId, int limit) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, scanId);
            if (sql.endsWith("?")) {
                s.setInt(2, limit);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read finding filters of scan " + scanId + ": " + e.getMessage(), e);
        }
    }

    private String where(FindingFilter filter) {
        StringBuilder sql = new StringBuilder(" WHERE f.scan_id = ?");
        if (!filter.severities().isEmpty()) {
            sql.append(" AND f.severity_rank IN (").append(marks(filter.severities().size())).append(')');
        }
        if (!filter.rules().isEmpty()) {
            sql.append(" AND f.rule IN (").append(marks(filter.rules().size())).append(')');
        }
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND ").append(FindingRows.status(today)).append(" IN (").append(marks(filter.statuses().size()))
                    .append(')');
        }
        if (!filter.owners().isEmpty()) {
            sql.append(" AND coalesce(e.owner, '') IN (").append(marks(filter.owners().size())).append(')');
        }
        if (filter.text() != null) {
            sql.append(" AND (e.domain LIKE ? ESCAPE '\\' OR lower(coalesce(e.address, '')) LIKE ? ESCAPE '\\'"
                    + " OR coalesce(e.target, '') LIKE ? ESCAPE '\\' OR lower(coalesce(e.owner, '')) LIKE ? ESCAPE '\\'"
                    + " OR f.rule LIKE ? ESCAPE '\\' OR lower(f.message) LIKE ? ESCAPE '\\')");
        }
        return sql.toString();
    }

    private static int bind(PreparedStatement s, long scanId, FindingFilter filter) throws SQLException {
        int i = 1;
        s.setLong(i++, scanId);
        for (Severity severity : filter.severities().stream().sorted().toList()) {
            s.setInt(i++, severity.ordinal());
        }
        for (String rule : filter.rules().stream().sorted().toList()) {
            s.setString(i++, rule);
        }
        i = bindStatuses(s, i, filter);
        for (String owner : filter.owners().stream().sorted().toList()) {
            s.setString(i++, owner);
        }
        if (filter.text() != null) {
            String pattern = filter.likePattern();
            for (int k = 0; k < 6; k++) {
                s.setString(i++, pattern);
            }
        }
        return i;
    }

    private List<TriagedFinding> read(PreparedStatement s) throws SQLException {
        List<TriagedFinding> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(FindingRows.read(rs, today));
            }
        }
        return out;
    }

    private static String marks(int n) {
        return "?,".repeat(n - 1) + "?";
    }
}
