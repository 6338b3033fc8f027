package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.auditbench.model.Reject;

/** A snapshot's rejected rows, a page at a time, in source order. */
public final class RejectDao {

    private final Connection connection;

    RejectDao(Connection connection) {
        this.connection = connection;
    }

    public List<Reject> page(long snapshotId, long offset, int limit) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT locator, raw, reason FROM rejects WHERE snapshot_id = ? ORDER BY id LIMIT ? OFFSET ?")) {
            s.setLong(1, snapshotId);
            s.setInt(2, limit);
            s.setLong(3, offset);
            List<Reject> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Reject(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the rejects of snapshot " + snapshotId + ": " + e.getMessage(), e);
        }
    }
}
