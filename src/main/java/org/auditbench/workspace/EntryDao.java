package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Receives one entry in packed form; {@link #unpack} turns it into an {@link Entry} on any thread. */
    @FunctionalInterface
    public interface PackedConsumer<X extends Exception> {
        void accept(long id, byte[] packed) throws X;
    }

    /**
     * Streams every entry of the snapshot in source order, each packed by SQLite into one value
     * ({@link EntryRows#PACKED}). Reading one value per row instead of 27 is what lets a scan keep up with the
     * database; the unpacking (text, dates, extra columns) can then run on the threads that evaluate the rules.
     *
     * <p>The rows are walked by id, between the snapshot's first and last, rather than through the snapshot index:
     * an import writes a snapshot's entries with consecutive ids, so the range holds (almost) only them, and each
     * row is then read where it lies instead of being looked up from the index (about 5% of the read).
     */
    public <X extends Exception> void forEachPacked(long snapshotId, PackedConsumer<X> consumer)
            throws WorkspaceException, X {
        forEachPacked(snapshotId, "e.id, " + EntryRows.PACKED + " FROM entries e", consumer);
    }

    /** The snapshot's shapes, for {@link #forEachPacked(long, PackedShapes, PackedConsumer)}. */
    public PackedShapes packedShapes(long snapshotId) throws WorkspaceException {
        try {
            return PackedShapes.load(connection, snapshotId);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the shapes of snapshot " + snapshotId + ": " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #forEachPacked(long, PackedConsumer)}, but when {@code shapes} were loaded each row carries only its
     * own columns and its shape number, to be unpacked with {@link PackedShapes#unpack}; otherwise rows come whole,
     * for {@link #unpack}.
     */
    public <X extends Exception> void forEachPacked(long snapshotId, PackedShapes shapes, PackedConsumer<X> consumer)
            throws WorkspaceException, X {
        if (!shapes.loaded()) {
            forEachPacked(snapshotId, consumer);
            return;
        }
        forEachPacked(snapshotId, "e.id, " + PackedShapes.ROW_COLUMNS + " FROM entry_rows e", consumer);
    }

    private <X extends Exception> void forEachPacked(long snapshotId, String selection, PackedConsumer<X> consumer)
            throws WorkspaceException, X {
        try (PreparedStatement s = connection.prepareStatement("SELECT " + selection
                + " WHERE e.id BETWEEN (SELECT min(id) FROM entry_rows WHERE snapshot_id = ?1)"
                + " AND (SELECT max(id) FROM entry_rows WHERE snapshot_id = ?1) AND +e.snapshot_id = ?1 ORDER BY e.id")) {
            s.setFetchSize(1000);
            s.setLong(1, snapshotId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs.getLong(1), rs.getBytes(2));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read entries of snapshot " + snapshotId + ": " + e.getMessage(), e);
        }
    }

    /** The entry a {@link #forEachPacked} row describes. */
    public static Entry unpack(long id, long snapshotId, byte[] packed) {
        // here rather than delegated to EntryRows: one method for the JIT to compile, not a second copy inlined
        String[] v = PackedRow.split(packed, EntryRows.PACKED_FIELDS, id);
        return new Entry(id, snapshotId, v[0], v[1], EntryRows.keyKind(v[2]), v[3], v[4], v[5], v[6],
                EntryRows.targetKind(v[7]), v[8] == null ? null : Integer.valueOf(v[8]), v[9], v[10], v[11], v[12],
                PackedRow.date(v[13]), PackedRow.date(v[14]), PackedRow.date(v[15]), v[16], v[17],
                EntryRows.extra(v[18]), StoredFacts.decode(v[19], v[1]), StoredFacts.decode(v[20], v[5]));
    }

    /** Receives the identity and route of one entry: what a later snapshot is compared with. */
    @FunctionalInterface
    public interface RouteConsumer {
        void accept(long id, String layer, String protocol, String key, String target, Integer port);
    }

    /**
     * Streams only the identity (layer, protocol, key) and route (target, port) of every entry of a snapshot,
     * which is all a comparison with the next snapshot needs; far cheaper than reading whole entries.
     */
    public void forEachRoute(long snapshotId, RouteConsumer consumer) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement("SELECT id, layer, protocol, coalesce(address, domain),"
                + " target, port FROM entries WHERE snapshot_id = ? ORDER BY id")) {
            s.setFetchSize(1000);
            s.setLong(1, snapshotId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int port = rs.getInt(6);
                    consumer.accept(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.wasNull() ? null : port);
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read entries of snapshot " + snapshotId + ": " + e.getMessage(), e);
        }
    }

    /**
     * The entries of a snapshot that could answer a lookup of {@code domain} (or {@code address}): exact
     * entries for that domain or address, and every pattern entry (the caller matches those).
     */
    public List<Entry> lookupCandidates(long snapshotId, String domain, String address) throws WorkspaceException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT " + EntryRows.COLUMNS + " FROM entries e"
                + " WHERE e.snapshot_id = ? AND (e.key_kind <> 'exact' OR e.domain = ? OR e.address = ?) ORDER BY e.id")) {
            s.setLong(1, snapshotId);
            s.setString(2, domain);
            s.setString(3, address);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(EntryRows.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read entries of snapshot " + snapshotId + ": " + e.getMessage(), e);
        }
    }

    /** The entries with these ids (those that exist), by id. */
    public Map<Long, Entry> byIds(Collection<Long> ids) throws WorkspaceException {
        Map<Long, Entry> out = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        int chunk = 500;
        for (int from = 0; from < all.size(); from += chunk) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + chunk));
            // packed, as a scan reads entries: one value per row across JDBC instead of 27 (a scan's neighbour
            // pass reads tens of thousands)
            try (PreparedStatement s = connection.prepareStatement("SELECT e.id, e.snapshot_id, " + EntryRows.PACKED
                    + " FROM entries e WHERE e.id IN (" + "?,".repeat(part.size() - 1) + "?)")) {
                for (int i = 0; i < part.size(); i++) {
                    s.setLong(i + 1, part.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Entry entry = unpack(rs.getLong(1), rs.getLong(2), rs.getBytes(3));
                        out.put(entry.id(), entry);
                    }
                }
            } catch (SQLException e) {
                throw new WorkspaceException("cannot read entries: " + e.getMessage(), e);
            }
        }
        return out;
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
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM entry_rows WHERE snapshot_id = ?")) {
            s.setLong(1, snapshotId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot count entries: " + e.getMessage(), e);
        }
    }
}
