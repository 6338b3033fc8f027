package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.auditbench.model.Reject;
import org.auditbench.model.Snapshot;

/** Reads snapshots and their rejects. Only complete snapshots are ever returned. */
public final class SnapshotDao {

    private static final String SELECT = "SELECT s.id, s.source_id, src.name, s.kind, s.locator, s.label, s.sha256,"
            + " s.imported_count, s.rejected_count, s.started_at, s.finished_at, s.environment, s.layer"
            + " FROM snapshots s JOIN sources src ON src.id = s.source_id WHERE s.complete = 1";

    private final Connection connection;

    SnapshotDao(Connection connection) {
        this.connection = connection;
    }

    public List<Snapshot> all() throws WorkspaceException {
        return query(SELECT + " ORDER BY s.id", null);
    }

    public Optional<Snapshot> byId(long id) throws WorkspaceException {
        return query(SELECT + " AND s.id = ?", id).stream().findFirst();
    }

    /** The newest complete snapshot of every source, in source order. */
    public List<Snapshot> latestPerSource() throws WorkspaceException {
        return query(SELECT + " AND s.id = (SELECT max(s2.id) FROM snapshots s2 WHERE s2.source_id = s.source_id"
                + " AND s2.complete = 1) ORDER BY src.name", null);
    }

    /** The newest complete snapshot overall, if any. */
    public Optional<Snapshot> latest() throws WorkspaceException {
        List<Snapshot> all = query(SELECT + " ORDER BY s.id DESC LIMIT 1", null);
        return all.stream().findFirst();
    }

    public Optional<Snapshot> latestOf(String sourceName) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(SELECT + " AND src.name = ? ORDER BY s.id DESC LIMIT 1")) {
            s.setString(1, sourceName);
            return read(s).stream().findFirst();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read snapshots: " + e.getMessage(), e);
        }
    }

    /** The newest complete snapshot of the same source taken before {@code snapshot}, if any. */
    public Optional<Snapshot> previousOf(Snapshot snapshot) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(SELECT + " AND s.source_id = ? AND s.id < ?"
                + " ORDER BY s.id DESC LIMIT 1")) {
            s.setLong(1, snapshot.sourceId());
            s.setLong(2, snapshot.id());
            return read(s).stream().findFirst();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read snapshots: " + e.getMessage(), e);
        }
    }

    /** Rejected rows of a snapshot in source order, at most {@code limit}. */
    public List<Reject> rejects(long snapshotId, int limit) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT locator, raw, reason FROM rejects WHERE snapshot_id = ? ORDER BY id LIMIT ?")) {
            s.setLong(1, snapshotId);
            s.setInt(2, limit);
            List<Reject> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Reject(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read rejects: " + e.getMessage(), e);
        }
    }

    private List<Snapshot> query(String sql, Long id) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (id != null) {
                s.setLong(1, id);
            }
            return read(s);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read snapshots: " + e.getMessage(), e);
        }
    }

    private static List<Snapshot> read(PreparedStatement s) throws SQLException {
        List<Snapshot> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Snapshot(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9), instant(rs.getString(10)),
                        instant(rs.getString(11)), rs.getString(12), rs.getString(13)));
            }
        }
        return out;
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
