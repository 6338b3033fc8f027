package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.auditbench.model.NameFacts;
import org.auditbench.model.Severity;

/**
 * The entries tree of the workbench, built for a million entries: group rows come from one GROUP BY,
 * and a group's entries are fetched a page at a time when it is expanded, worst first.
 */
public final class EntryGroupDao {

    /** Severity rank that sorts after every real severity: "no finding". */
    private static final int NO_FINDING = 99;

    private final Connection connection;

    EntryGroupDao(Connection connection) {
        this.connection = connection;
    }

    /** The first groups of a grouping, how many groups there are in all, and how many entries they hold. */
    public record Groups(List<EntryGroup> groups, long total, long entries) {
        public Groups {
            groups = List.copyOf(groups);
        }
    }

    /**
     * The groups of the matching entries, at most {@code limit}: expiry buckets in date order, other
     * groupings worst severity first, then largest first. One aggregation also counts all groups
     * (a window over the grouped rows), so a cut-short list can say how much it left out.
     */
    public Groups groups(EntryQuery query, EntryGrouping grouping, int limit) throws WorkspaceException {
        if (query.snapshotIds().isEmpty()) {
            return new Groups(List.of(), 0, 0);
        }
        // worst severity first; among equals, the group with more entries at each severity first
        StringBuilder bySeverity = new StringBuilder();
        for (Severity s : Severity.values()) {
            bySeverity.append(", sum(CASE WHEN w.worst = ").append(s.ordinal()).append(" THEN 1 ELSE 0 END)");
        }
        String sql = "SELECT " + grouping.expression() + " AS grp, count(*), min(coalesce(w.worst, " + NO_FINDING
                + "))" + bySeverity + ", count(*) OVER (), sum(count(*)) OVER ()" + from(query)
                + " GROUP BY grp ORDER BY 3, 4 DESC, 5 DESC, 6 DESC, 7 DESC, 8 DESC, 2 DESC, 1 LIMIT ?";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int i = bindGrouping(s, 1, grouping, query);
            i = bindScope(s, i, query);
            s.setInt(i, limit);
            List<EntryGroup> out = new ArrayList<>();
            long total = 0;
            long entries = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new EntryGroup(rs.getString(1), rs.getLong(2), severity(rs.getInt(3))));
                    total = rs.getLong(9);
                    entries = rs.getLong(10);
                }
            }
            if (grouping == EntryGrouping.EXPIRY) {
                out.sort(Comparator.comparing(g -> ExpiryBucket.byId(g.key())));
            }
            return new Groups(out, total, entries);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot group entries by " + grouping.id() + ": " + e.getMessage(), e);
        }
    }

    /** One page of a group's entries, worst severity first, then by domain. */
    public List<EntrySummary> entries(EntryQuery query, EntryGrouping grouping, String key, int offset, int limit)
            throws WorkspaceException {
        if (query.snapshotIds().isEmpty()) {
            return List.of();
        }
        // the worst severity looked up per entry of the group (in findings_by_scan_entry, without reading a finding),
        // not aggregated over every finding of the scan: a group of a few hundred entries opens in well under a
        // second at a million entries and two million findings
        String sql = "SELECT e.id, e.snapshot_id, src.name, coalesce(e.address, e.domain), e.domain, e.protocol,"
                + " e.target, e.port, e.layer, e.owner, e.justification, e.expires, e.environment,"
                + " coalesce((SELECT min(f.severity_rank) FROM findings f WHERE f.scan_id = ? AND f.entry_id = e.id), "
                + NO_FINDING + "), e.domain_facts, e.target_facts" + FROM_ENTRIES
                + where(query) + " AND " + grouping.expression() + " = ? ORDER BY 14, e.domain, e.id LIMIT ? OFFSET ?";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int i = bindScope(s, 1, query);
            i = bindGrouping(s, i, grouping, query);
            s.setString(i++, key);
            s.setInt(i++, limit);
            s.setInt(i, offset);
            List<EntrySummary> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int port = rs.getInt(8);
                    Integer portValue = rs.wasNull() ? null : port;
                    String expires = rs.getString(12);
                    NameFacts domainFacts = StoredFacts.decode(rs.getString(15), rs.getString(5));
                    out.add(new EntrySummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), portValue, rs.getString(9),
                            rs.getString(10), rs.getString(11), expires == null ? null : LocalDate.parse(expires),
                            rs.getString(13), severity(rs.getInt(14)), Set.of(), domainFacts.reserved(),
                            domainFacts.registrable(),
                            StoredFacts.decode(rs.getString(16), rs.getString(7)).registrable()));
                }
            }
            return withRules(out, query.scanId());
        } catch (SQLException e) {
            throw new WorkspaceException("cannot list the entries of group '" + key + "': " + e.getMessage(), e);
        }
    }

    /** Adds the fired rule ids to a page of entries with one query over that page. */
    private List<EntrySummary> withRules(List<EntrySummary> page, Long scanId) throws SQLException {
        if (page.isEmpty() || scanId == null) {
            return page;
        }
        Map<Long, Set<String>> rules = new HashMap<>();
        String sql = "SELECT entry_id, rule FROM findings WHERE scan_id = ? AND entry_id IN ("
                + "?,".repeat(page.size() - 1) + "?)";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, scanId);
            for (int i = 0; i < page.size(); i++) {
                s.setLong(i + 2, page.get(i).id());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rules.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        List<EntrySummary> out = new ArrayList<>(page.size());
        for (EntrySummary e : page) {
            out.add(e.withFindings(e.worst(), rules.getOrDefault(e.id(), Set.of())));
        }
        return out;
    }

    private static final String FROM_ENTRIES = " FROM entries e JOIN snapshots s ON s.id = e.snapshot_id"
            + " JOIN sources src ON src.id = s.source_id";

    /**
     * FROM and WHERE of the group aggregation: every entry in scope joined with its worst severity,
     * aggregated once per scan over the findings (one pass, rather than one look-up per entry).
     */
    private static String from(EntryQuery query) {
        return FROM_ENTRIES + " LEFT JOIN (SELECT entry_id, min(severity_rank) AS worst FROM findings WHERE scan_id = ?"
                + " GROUP BY entry_id) w ON w.entry_id = e.id" + where(query);
    }

    /** The scope's snapshots and the filter. */
    private static String where(EntryQuery query) {
        StringBuilder sql = new StringBuilder(" WHERE e.snapshot_id IN (")
                .append("?,".repeat(query.snapshotIds().size() - 1)).append("?)");
        if (query.text() != null) {
            sql.append(" AND (e.domain LIKE ? ESCAPE '\\' OR lower(coalesce(e.address, '')) LIKE ? ESCAPE '\\'"
                    + " OR coalesce(e.target, '') LIKE ? ESCAPE '\\' OR lower(coalesce(e.owner, '')) LIKE ? ESCAPE '\\'"
                    + " OR lower(coalesce(e.justification, '')) LIKE ? ESCAPE '\\')");
        }
        if (query.expiresFrom() != null) {
            sql.append(" AND e.expires >= ?");
        }
        if (query.expiresBefore() != null) {
            sql.append(" AND e.expires < ?");
        }
        return sql.toString();
    }

    private static int bindScope(PreparedStatement s, int first, EntryQuery query) throws SQLException {
        s.setLong(first, query.scanId() == null ? -1 : query.scanId());
        return bindFilter(s, first + 1, query);
    }

    private static int bindFilter(PreparedStatement s, int first, EntryQuery query) throws SQLException {
        int i = first;
        for (long id : query.snapshotIds()) {
            s.setLong(i++, id);
        }
        if (query.text() != null) {
            String pattern = query.likePattern();
            for (int k = 0; k < 5; k++) {
                s.setString(i++, pattern);
            }
        }
        if (query.expiresFrom() != null) {
            s.setString(i++, query.expiresFrom().toString());
        }
        if (query.expiresBefore() != null) {
            s.setString(i++, query.expiresBefore().toString());
        }
        return i;
    }

    private static int bindGrouping(PreparedStatement s, int first, EntryGrouping grouping, EntryQuery query)
            throws SQLException {
        if (grouping.parameterCount() == 0) {
            return first;
        }
        LocalDate[] boundaries = ExpiryBucket.boundaries(query.reviewDate());
        for (int k = 0; k < boundaries.length; k++) {
            s.setString(first + k, boundaries[k].toString());
        }
        return first + boundaries.length;
    }

    static Severity severity(int rank) {
        return rank >= 0 && rank < Severity.values().length ? Severity.values()[rank] : null;
    }
}
