package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.auditbench.model.Scan;

/** Reads completed scans. */
public final class ScanDao {

    private static final String SELECT = "SELECT id, started_at, finished_at, policy_hash, reference_versions,"
            + " finding_count FROM scans WHERE complete = 1";

    private final Connection connection;

    ScanDao(Connection connection) {
        this.connection = connection;
    }

    public Optional<Scan> latest() throws WorkspaceException {
        return query(SELECT + " ORDER BY id DESC LIMIT 1", null);
    }

    public Optional<Scan> byId(long id) throws WorkspaceException {
        return query(SELECT + " AND id = ?", id);
    }

    /** The policy text a scan used, exactly as loaded. */
    public Optional<String> policyText(long scanId) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement("SELECT policy_text FROM scans WHERE id = ?")) {
            s.setLong(1, scanId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read scan " + scanId + ": " + e.getMessage(), e);
        }
    }

    private Optional<Scan> query(String sql, Long id) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (id != null) {
                s.setLong(1, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long scanId = rs.getLong(1);
                Scan scan = new Scan(scanId, SnapshotDao.instant(rs.getString(2)), SnapshotDao.instant(rs.getString(3)),
                        rs.getString(4), rs.getString(5), snapshotIds(scanId), rs.getLong(6));
                return Optional.of(scan);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read scans: " + e.getMessage(), e);
        }
    }

    private List<Long> snapshotIds(long scanId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT snapshot_id FROM scan_snapshots WHERE scan_id = ? ORDER BY snapshot_id")) {
            s.setLong(1, scanId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
