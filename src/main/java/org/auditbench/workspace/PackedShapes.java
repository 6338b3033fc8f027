package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.auditbench.model.Entry;
import org.auditbench.model.KeyKind;
import org.auditbench.model.NameFacts;
import org.auditbench.model.TargetKind;

/**
 * The shapes of one snapshot (schema V12), read and decoded once before a scan streams its rows, so each packed row
 * carries only its own columns and a shape number: SQLite packs ten values a row instead of joining and packing
 * twenty-one, and the scan's workers split ten, decode the target's facts once per shape instead of once per entry,
 * and share one copy of each shape's texts. Immutable once loaded, so workers on any thread unpack with it.
 *
 * <p>A snapshot with more than {@value #MAX_SHAPES} shapes, or with shape numbers spread too far apart, is not loaded
 * ({@link #loaded()} is false): its rows are then streamed whole, through the view {@code entries}, and unpacked with
 * {@link EntryDao#unpack}. Memory stays bounded either way.
 */
public final class PackedShapes {

    static final int MAX_SHAPES = 150_000;
    private static final String SHAPE_COLUMNS = EntryRows.packed("key_kind", "protocol?", "target?", "target_raw?",
            "target_kind", "port?", "encryption?", "username?", "owner?", "environment?", "layer?", "target_facts?");
    private static final int SHAPE_FIELDS = 12;
    /** A row's own columns, its shape number first ({@link #unpack}). */
    static final String ROW_COLUMNS = EntryRows.packed("e.shape_id", "e.source_row?", "e.domain", "e.address?",
            "e.justification?", "e.created?", "e.expires?", "e.reviewed?", "e.extra?", "e.domain_facts?");
    private static final int ROW_FIELDS = 10;

    private final long first;
    /** By shape number minus {@link #first}: a decoded shape, a reason it cannot be read, or null for none. */
    private final Object[] shapes;

    private PackedShapes(long first, Object[] shapes) {
        this.first = first;
        this.shapes = shapes;
    }

    /** Whether the rows are to be streamed narrow and unpacked with {@link #unpack}. */
    public boolean loaded() {
        return shapes != null;
    }

    static PackedShapes load(Connection connection, long snapshotId) throws SQLException {
        return load(connection, snapshotId, MAX_SHAPES);
    }

    /** The snapshot's shapes, unless it has more than {@code maxShapes} or their numbers span twice that. */
    static PackedShapes load(Connection connection, long snapshotId, int maxShapes) throws SQLException {
        long first;
        long last;
        long count;
        try (PreparedStatement s = connection.prepareStatement("SELECT min(id), max(id), count(*) FROM entry_shapes"
                + " WHERE snapshot_id = ?")) {
            s.setLong(1, snapshotId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                first = rs.getLong(1);
                last = rs.getLong(2);
                count = rs.getLong(3);
            }
        }
        if (count > maxShapes || last - first >= 2L * maxShapes) {
            return new PackedShapes(0, null);
        }
        Object[] shapes = new Object[count == 0 ? 0 : (int) (last - first + 1)];
        try (PreparedStatement s = connection.prepareStatement("SELECT id, " + SHAPE_COLUMNS + " FROM entry_shapes"
                + " WHERE snapshot_id = ?")) {
            s.setLong(1, snapshotId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    shapes[(int) (id - first)] = decode(id, rs.getBytes(2));
                }
            }
        }
        return new PackedShapes(first, shapes);
    }

    /** A decoded shape, or the reason it cannot be read (kept until an entry with it is unpacked). */
    private static Object decode(long id, byte[] packed) {
        try {
            String[] v = PackedRow.splitShape(packed, SHAPE_FIELDS, id);
            return new Shape(EntryRows.keyKind(v[0]), v[1], v[2], v[3], EntryRows.targetKind(v[4]),
                    v[5] == null ? null : Integer.valueOf(v[5]), v[6], v[7], v[8], v[9], v[10],
                    StoredFacts.decode(v[11], v[2]));
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    /** The entry a narrow row ({@link #ROW_COLUMNS}) describes. */
    public Entry unpack(long id, long snapshotId, byte[] packed) {
        String[] v = PackedRow.split(packed, ROW_FIELDS, id);
        Shape s = shape(id, v[0]);
        return new Entry(id, snapshotId, v[1], v[2], s.keyKind, v[3], s.protocol, s.target, s.targetRaw, s.targetKind,
                s.port, s.encryption, s.username, s.owner, v[4], PackedRow.date(v[5]), PackedRow.date(v[6]),
                PackedRow.date(v[7]), s.environment, s.layer, EntryRows.extra(v[8]), StoredFacts.decode(v[9], v[2]),
                s.targetFacts);
    }

    private Shape shape(long entryId, String number) {
        long shapeId;
        try {
            shapeId = Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("entry " + entryId + " cannot be read back from the workspace: its shape"
                    + " number is '" + number + "'", e);
        }
        Object shape = shapeId >= first && shapeId - first < shapes.length ? shapes[(int) (shapeId - first)] : null;
        if (shape instanceof Shape known) {
            return known;
        }
        throw new IllegalStateException("entry " + entryId + " cannot be read back from the workspace"
                + (shape == null ? ": its snapshot has no shape " + shapeId : " because " + shape));
    }

    private record Shape(KeyKind keyKind, String protocol, String target, String targetRaw, TargetKind targetKind,
                         Integer port, String encryption, String username, String owner, String environment,
                         String layer, NameFacts targetFacts) {
    }
}
