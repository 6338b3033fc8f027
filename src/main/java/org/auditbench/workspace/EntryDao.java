package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.auditbench.model.Entry;

/** Streams entries out of the workspace without holding them all in memory. */
public final class EntryDao {

    private final Connection connection;

    EntryDao(Connection connection) {
        this.connection = connection;
    }

    /** Receives rows one at a time; may throw to stop the stream. */
    @FunctionalInterface
    public interface EntryConsumer<X extends Exception> {
        void accept(Entry entry) throws X;
    }

    /** Calls {@code consumer} for every entry of the snapshot, in source order. */
    public <X extends Exception> void forEach(long snapshotId, EntryConsumer<X> consumer) throws WorkspaceException, X {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT " + EntryRows.COLUMNS + " FROM entries e WHERE e.snapshot_id = ? ORDER BY e.id")) {
            s.setFetchSize(1000);
            s.setLong(1, snapshotId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(EntryRows.read(rs));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read entries of snapshot " + snapshotId + ": " + e.getMessage(), e);
        }
    }

    public Optional<Entry> byId(long id) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT " + EntryRows.COLUMNS + " FROM entries e WHERE e.id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(EntryRows.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read entry " + id + ": " + e.getMessage(), e);
        }
    }

    public long count(long snapshotId) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM entries WHERE snapshot_id = ?")) {
            s.setLong(1, snapshotId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count entries: " + e.getMessage(), e);
        }
    }
}
