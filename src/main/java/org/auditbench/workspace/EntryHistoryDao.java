package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry's history: what every snapshot of its source said for the same key, protocol and layer,
 * oldest snapshot first, including the snapshots in which it did not exist. The first history after an import
 * builds the identity index the import left out (see {@link IdentityIndex}).
 */
public final class EntryHistoryDao {

    private final Connection connection;

    EntryHistoryDao(Connection connection) {
        this.connection = connection;
    }

    /**
     * One snapshot's version of the entry.
     *
     * @param entryId null when the snapshot had no such entry
     */
    public record Version(long snapshotId, String snapshotLabel, Instant importedAt, Long entryId, String target,
                          Integer port, String owner, String justification, LocalDate expires, String sourceRow) {

        public boolean present() {
            return entryId != null;
        }
    }

    /**
     * The versions are read from entry_rows and entry_shapes, not the view: SQLite does not flatten a join on the
     * right of a LEFT JOIN, and reading the view there materialised all of it (7.7 s at a million entries). The key is
     * written like entries_by_identity's expression, so each snapshot is one index look-up; the shape's part of the
     * identity (protocol, layer, key kind) is checked on the few rows of that key.
     */
    static final String HISTORY_SQL = "SELECT s.id, s.label, s.started_at, h.id, hs.target, hs.port, hs.owner,"
            + " h.justification, h.expires, h.source_row"
            + " FROM entries e JOIN snapshots es ON es.id = e.snapshot_id"
            + " JOIN snapshots s ON s.source_id = es.source_id AND s.complete = 1"
            + " LEFT JOIN entry_rows h ON h.snapshot_id = s.id"
            + " AND coalesce(h.address, h.domain) = coalesce(e.address, e.domain) AND h.domain = e.domain"
            + " AND EXISTS (SELECT 1 FROM entry_shapes m WHERE m.id = h.shape_id"
            + " AND coalesce(m.protocol, '') = coalesce(e.protocol, '')"
            + " AND coalesce(m.layer, '') = coalesce(e.layer, '') AND m.key_kind = e.key_kind)"
            + " LEFT JOIN entry_shapes hs ON hs.id = h.shape_id"
            + " WHERE e.id = ? ORDER BY s.id, h.id";

    public List<Version> history(long entryId) throws WorkspaceException {
        try {
            IdentityIndex.ensure(connection);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot index the entries for their history: " + e.getMessage(), e);
        }
        try (PreparedStatement s = connection.prepareStatement(HISTORY_SQL)) {
            s.setLong(1, entryId);
            List<Version> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(4);
                    Long versionId = rs.wasNull() ? null : id;
                    int port = rs.getInt(6);
                    Integer portValue = rs.wasNull() ? null : port;
                    String expires = rs.getString(9);
                    out.add(new Version(rs.getLong(1), rs.getString(2), SnapshotDao.instant(rs.getString(3)),
                            versionId, rs.getString(5), portValue, rs.getString(7), rs.getString(8),
                            expires == null ? null : LocalDate.parse(expires), rs.getString(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the history of entry " + entryId + ": " + e.getMessage(), e);
        }
    }
}
