package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.model.Snapshot;

/**
 * The reads behind the quarterly report: entries of a scan grouped by owner or by expiry (each with how
 * many findings it drew), per-owner tallies, and the entry-level differences between two snapshots.
 * Everything streams, so a report of a million entries never holds them in memory.
 */
public final class ReportDao {

    /** Entries of the scan's snapshots with the source name and the findings of that scan per entry. */
    private static final String ENTRY_OVERVIEW = "SELECT " + EntryRows.COLUMNS + ", src.name, coalesce(f.n, 0), f.worst"
            + " FROM entries e JOIN snapshots s ON s.id = e.snapshot_id JOIN sources src ON src.id = s.source_id"
            + " LEFT JOIN (SELECT entry_id, count(*) AS n, min(severity_rank) AS worst FROM findings"
            + " WHERE scan_id = ? GROUP BY entry_id) f ON f.entry_id = e.id"
            + " WHERE e.snapshot_id IN (SELECT snapshot_id FROM scan_snapshots WHERE scan_id = ?)";

    /** Owner as grouped: trimmed, case-insensitive, blank and null together. */
    private static final String OWNER_KEY = "lower(trim(coalesce(e.owner, '')))";

    private final Connection connection;

    ReportDao(Connection connection) {
        this.connection = connection;
    }

    /** One entry of the review with the findings the scan raised on it. */
    public record EntryOverview(Entry entry, String sourceName, long findings, Severity worst) {
    }

    /** Findings of one owner (owner null when blank), by severity. */
    public record OwnerTally(String owner, long findings, long[] bySeverity) {
    }

    /** Receives rows one at a time; may throw to stop the stream. */
    @FunctionalInterface
    public interface RowConsumer<T, X extends Exception> {
        void accept(T row) throws X;
    }


    /** Every entry of the scan's snapshots ordered by owner (blank owners last), then domain. */
    public <X extends Exception> void forEachEntryByOwner(long scanId, RowConsumer<EntryOverview, X> consumer)
            throws WorkspaceException, X {
        stream(ENTRY_OVERVIEW + " ORDER BY (" + OWNER_KEY + " = ''), " + OWNER_KEY + ", e.domain, e.id",
                scanId, null, consumer);
    }

    /** Entries with no expiry or one before {@code horizon}, soonest first, those without expiry last. */
    public <X extends Exception> void forEachExpiringBefore(long scanId, LocalDate horizon,
            RowConsumer<EntryOverview, X> consumer) throws WorkspaceException, X {
        stream(ENTRY_OVERVIEW + " AND (e.expires IS NULL OR e.expires < ?) ORDER BY (e.expires IS NULL), e.expires,"
                + " e.domain, e.id", scanId, horizon.toString(), consumer);
    }

    /** The owners with most findings in the scan, at most {@code limit}. */
    public List<OwnerTally> topOwners(long scanId, int limit) throws WorkspaceException {
        StringBuilder sql = new StringBuilder("SELECT min(nullif(trim(e.owner), '')), count(*)");
        for (Severity severity : Severity.values()) {
            sql.append(", sum(f.severity_rank = ").append(severity.ordinal()).append(')');
        }
        sql.append(" FROM findings f JOIN entries e ON e.id = f.entry_id WHERE f.scan_id = ? GROUP BY ")
                .append(OWNER_KEY).append(" ORDER BY count(*) DESC, ").append(OWNER_KEY).append(" LIMIT ?");
        try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
            s.setLong(1, scanId);
            s.setInt(2, limit);
            List<OwnerTally> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long[] bySeverity = new long[Severity.values().length];
                    for (int i = 0; i < bySeverity.length; i++) {
                        bySeverity[i] = rs.getLong(3 + i);
                    }
                    out.add(new OwnerTally(rs.getString(1), rs.getLong(2), bySeverity));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count findings per owner: " + e.getMessage(), e);
        }
    }

    /** How many distinct owners (blank counted as one) the scan's findings fall on. */
    public long ownerCount(long scanId) throws WorkspaceException {
        return single("SELECT count(DISTINCT " + OWNER_KEY + ") FROM findings f JOIN entries e ON e.id = f.entry_id"
                + " WHERE f.scan_id = ?", scanId);
    }

    /** How many entries the scan's snapshots hold. */
    public long entryCount(long scanId) throws WorkspaceException {
        return single("SELECT count(*) FROM entry_rows WHERE snapshot_id IN"
                + " (SELECT snapshot_id FROM scan_snapshots WHERE scan_id = ?)", scanId);
    }

    /** Where the policy of a scan came from (a file path or the built-in default). */
    public Optional<String> policyOrigin(long scanId) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement("SELECT policy_origin FROM scans WHERE id = ?")) {
            s.setLong(1, scanId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read scan " + scanId + ": " + e.getMessage(), e);
        }
    }

    /** The complete snapshot of the same source imported just before {@code snapshot}, if any. */
    public Optional<Snapshot> previousOf(Snapshot snapshot) throws WorkspaceException {
        long previous = single("SELECT coalesce(max(id), 0) FROM snapshots WHERE source_id = ? AND complete = 1"
                + " AND id < " + snapshot.id(), snapshot.sourceId());
        return previous == 0 ? Optional.empty() : new SnapshotDao(connection).byId(previous);
    }

    /** The rule and key of a finding with this fingerprint in the scan, if the scan raised one. */
    public Optional<String[]> ruleAndKeyOf(long scanId, String fingerprint) throws WorkspaceException {
        // the (scan_id, fingerprint, severity_rank) index finds the one or two rows directly
        try (PreparedStatement s = connection.prepareStatement("SELECT f.rule, coalesce(e.address, e.domain)"
                + " FROM findings f JOIN entries e ON e.id = f.entry_id WHERE f.scan_id = ? AND f.fingerprint = ?"
                + " LIMIT 1")) {
            s.setLong(1, scanId);
            s.setString(2, fingerprint);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot look up fingerprint " + fingerprint + ": " + e.getMessage(), e);
        }
    }

    private <X extends Exception> void stream(String sql, long scanId, String extra,
            RowConsumer<EntryOverview, X> consumer) throws WorkspaceException, X {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setFetchSize(1000);
            s.setLong(1, scanId);
            s.setLong(2, scanId);
            if (extra != null) {
                s.setString(3, extra);
            }
            try (ResultSet rs = s.executeQuery()) {
                int next = EntryRows.COUNT + 1;
                while (rs.next()) {
                    Entry entry = EntryRows.read(rs, 0);
                    int worst = rs.getInt(next + 2);
                    Severity severity = rs.wasNull() ? null : Severity.values()[worst];
                    consumer.accept(new EntryOverview(entry, rs.getString(next), rs.getLong(next + 1), severity));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the entries of scan " + scanId + ": " + e.getMessage(), e);
        }
    }

    private long single(String sql, long parameter) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the workspace: " + e.getMessage(), e);
        }
    }
}
