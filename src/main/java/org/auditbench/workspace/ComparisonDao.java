package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Streams a snapshot's entries sorted by their identity across snapshots — key (address or domain),
 * protocol, layer — so two snapshots can be compared in one merge pass without holding either in memory.
 * Only the fields a comparison looks at are read; the full entry of a change is fetched by id afterwards.
 * Text sorts by code point (SQLite's binary collation on UTF-8); a missing protocol or layer sorts as "".
 * The index entries_by_identity (schema V2) serves the order without a sort; the first comparison after an import
 * builds it (see {@link IdentityIndex}).
 */
public final class ComparisonDao {

    private final Connection connection;

    ComparisonDao(Connection connection) {
        this.connection = connection;
    }

    /**
     * The identity and compared fields of one entry.
     *
     * @param key      address, else domain
     * @param expires  ISO date text, or null
     */
    public record Row(long id, String key, String protocol, String layer, String target, Integer port, String owner,
                      String justification, String expires) {
    }

    /** Rows of one snapshot in identity order; close it when done. */
    public interface RowCursor extends AutoCloseable {
        /** The next row, or null after the last. */
        Row next() throws WorkspaceException;

        @Override
        void close() throws WorkspaceException;
    }

    public RowCursor inIdentityOrder(long snapshotId) throws WorkspaceException {
        PreparedStatement s = null;
        try {
            IdentityIndex.ensure(connection);
            s = connection.prepareStatement("SELECT e.id, coalesce(e.address, e.domain), e.protocol, e.layer, e.target,"
                    + " e.port, e.owner, e.justification, e.expires FROM entries e WHERE e.snapshot_id = ?"
                    + " ORDER BY coalesce(e.address, e.domain), coalesce(e.protocol, ''), coalesce(e.layer, ''), e.id");
            s.setFetchSize(1000);
            s.setLong(1, snapshotId);
            return cursor(snapshotId, s, s.executeQuery());
        } catch (SQLException e) {
            closeQuietly(s);
            throw new WorkspaceException("cannot read entries of snapshot " + snapshotId + ": " + e.getMessage(), e);
        }
    }

    private static RowCursor cursor(long snapshotId, PreparedStatement s, ResultSet rs) {
        return new RowCursor() {
            @Override
            public Row next() throws WorkspaceException {
                try {
                    if (!rs.next()) {
                        return null;
                    }
                    int portValue = rs.getInt(6);
                    Integer port = rs.wasNull() ? null : portValue;
                    return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            port, rs.getString(7), rs.getString(8), rs.getString(9));
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
