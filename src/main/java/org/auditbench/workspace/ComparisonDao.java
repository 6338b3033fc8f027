package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.auditbench.model.Entry;

/**
 * Streams a snapshot's entries sorted by their identity across snapshots — key (address or domain),
 * protocol, layer — so two snapshots can be compared in one merge pass without holding either in memory.
 * Text sorts by code point (SQLite's binary collation on UTF-8); a missing protocol or layer sorts as "".
 */
public final class ComparisonDao {

    private final Connection connection;

    ComparisonDao(Connection connection) {
        this.connection = connection;
    }

    /** Entries of one snapshot in identity order; close it when done. */
    public interface EntryCursor extends AutoCloseable {
        /** The next entry, or null after the last. */
        Entry next() throws WorkspaceException;

        @Override
        void close() throws WorkspaceException;
    }

    public EntryCursor inIdentityOrder(long snapshotId) throws WorkspaceException {
        PreparedStatement s = null;
        try {
            s = connection.prepareStatement("SELECT " + EntryRows.COLUMNS + " FROM entries e"
                    + " WHERE e.snapshot_id = ? ORDER BY coalesce(e.address, e.domain), coalesce(e.protocol, ''),"
                    + " coalesce(e.layer, ''), e.id");
            s.setFetchSize(1000);
            s.setLong(1, snapshotId);
            return cursor(snapshotId, s, s.executeQuery());
        } catch (SQLException e) {
            closeQuietly(s);
            throw new WorkspaceException("cannot read entries of snapshot " + snapshotId + ": " + e.getMessage(), e);
        }
    }

    private static EntryCursor cursor(long snapshotId, PreparedStatement s, ResultSet rs) {
        return new EntryCursor() {
            @Override
            public Entry next() throws WorkspaceException {
                try {
                    return rs.next() ? EntryRows.read(rs) : null;
                } catch (SQLException e) {
                    throw new WorkspaceException("cannot read entries of snapshot " + snapshotId + ": "
                            + e.getMessage(), e);
                }
            }

            @Override
            public void close() throws WorkspaceException {
                try {
                    rs.close();
                    s.close();
                } catch (SQLException e) {
                    throw new WorkspaceException("cannot close the entries of snapshot " + snapshotId, e);
                }
            }
        };
    }

    private static void closeQuietly(PreparedStatement s) {
        if (s != null) {
            try {
                s.close();
            } catch (SQLException ignored) {
                // the failure that got us here is the one to report
            }
        }
    }
}
