package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.auditbench.model.Entry;
import org.auditbench.model.Reject;

/**
 * Writes one snapshot — its entries and rejects — inside a single transaction. Entries go in through
 * {@link EntryInserts}, in the {@link BulkWriteMode} while the transaction is open. The snapshot is marked
 * complete and committed at {@link #commit}; closing without committing rolls everything back, so a failed or
 * killed import leaves no trace.
 */
public final class SnapshotWriter implements AutoCloseable {

    private static final int REJECT_BATCH = 1_000;

    private final Connection connection;
    private final long snapshotId;
    private final SnapshotSpec spec;
    private final AuditLog audit;
    private final EntryInserts entryInserts;
    private final EntryEncoder encoder;
    private final PreparedStatement rejectInsert;

    private final EncodedEntry[] buffered = new EncodedEntry[EntryInserts.ROWS_PER_INSERT];
    private int bufferedCount;
    private long entries;
    private long rejects;
    private int pendingRejects;
    private boolean finished;

    private SnapshotWriter(Connection connection, long snapshotId, SnapshotSpec spec, AuditLog audit)
            throws SQLException {
        this.connection = connection;
        this.snapshotId = snapshotId;
        this.spec = spec;
        this.audit = audit;
        this.entryInserts = new EntryInserts(connection, snapshotId);
        this.encoder = new EntryEncoder(new EntryShapes(nextShapeId(connection), EntryShapes.MAX_SHAPES));
        this.rejectInsert = connection.prepareStatement(
                "INSERT INTO rejects (snapshot_id, locator, raw, reason) VALUES (?,?,?,?)");
    }

    static SnapshotWriter begin(Connection connection, SnapshotSpec spec, AuditLog audit) throws WorkspaceException {
        try {
            BulkWriteMode.enter(connection);
            connection.setAutoCommit(false);
            if (IdentityIndex.dropForBulkImport(connection)) {
                BulkWriteMode.updatesIndexAtRandom(connection);
            }
            long sourceId = sourceId(connection, spec.sourceName());
            long snapshotId;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO snapshots (source_id, kind, locator,"
                    + " label, started_at, environment, layer, mapping) VALUES (?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, sourceId);
                insert.setString(2, spec.kind());
                insert.setString(3, spec.locator());
                insert.setString(4, spec.label());
                insert.setString(5, Workspace.now());
                insert.setString(6, spec.environment());
                insert.setString(7, spec.layer());
                insert.setString(8, Json.write(spec.mapping()));
                insert.executeUpdate();
                snapshotId = generatedKey(insert);
            }
            return new SnapshotWriter(connection, snapshotId, spec, audit);
        } catch (SQLException e) {
            rollbackQuietly(connection);
            BulkWriteMode.leave(connection);
            throw new WorkspaceException("cannot start writing a snapshot: " + e.getMessage(), e);
        }
    }

    public long snapshotId() {
        return snapshotId;
    }

    public long entryCount() {
        return entries;
    }

    public long rejectCount() {
        return rejects;
    }

    /**
     * The one encoder of this snapshot's entries, for a thread that maps the source while this writer's thread writes
     * ({@link #add(EncodedEntry)}); an import uses either it or {@link #add(Entry)}, never both.
     */
    public EntryEncoder encoder() {
        return encoder;
    }

    /** Encodes and adds an entry, on the writer's thread. */
    public void add(Entry e) throws WorkspaceException {
        add(encoder.encode(e));
    }

    /** Adds an entry that {@link #encoder()} encoded. */
    public void add(EncodedEntry e) throws WorkspaceException {
        buffered[bufferedCount++] = e;
        entries++;
        if (bufferedCount == buffered.length) {
            try {
                writeBuffered();
            } catch (SQLException ex) {
                throw new WorkspaceException("cannot write the entries up to " + e.sourceRow() + ": " + ex.getMessage(), ex);
            }
        }
    }

    public void reject(Reject reject) throws WorkspaceException {
        try {
            rejectInsert.setLong(1, snapshotId);
            rejectInsert.setString(2, reject.locator());
            rejectInsert.setString(3, reject.raw());
            rejectInsert.setString(4, reject.reason());
            rejectInsert.addBatch();
            rejects++;
            if (++pendingRejects >= REJECT_BATCH) {
                rejectInsert.executeBatch();
                pendingRejects = 0;
            }
        } catch (SQLException ex) {
            throw new WorkspaceException("cannot write reject " + reject.locator() + ": " + ex.getMessage(), ex);
        }
    }

    /** Saves the mapping this import used under {@code name}, in the import's transaction. */
    public void saveMapping(String name, java.util.Map<String, String> mapping, String format, String sourceName)
            throws WorkspaceException {
        try {
            MappingDao.write(connection, name, mapping, format, sourceName);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot save mapping '" + name + "': " + e.getMessage(), e);
        }
    }

    /**
     * Marks the snapshot complete with its counts and digest and commits; returns the snapshot id.
     * Use the writer in try-with-resources: {@link #close()} rolls back whatever was not committed.
     */
    public long commit(String sha256) throws WorkspaceException {
        try {
            flush();
            try (PreparedStatement update = connection.prepareStatement("UPDATE snapshots SET sha256 = ?,"
                    + " imported_count = ?, rejected_count = ?, finished_at = ?, complete = 1 WHERE id = ?")) {
                update.setString(1, sha256);
                update.setLong(2, entries);
                update.setLong(3, rejects);
                update.setString(4, Workspace.now());
                update.setLong(5, snapshotId);
                update.executeUpdate();
            }
            audit.append(audit.user(), "import", auditDetails(sha256));
            connection.commit();
            finished = true;
            return snapshotId;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot commit the snapshot: " + e.getMessage(), e);
        }
    }

    /** What the audit log records about this import; the locator never holds a password. */
    private Map<String, Object> auditDetails(String sha256) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("snapshotId", snapshotId);
        details.put("source", spec.sourceName());
        details.put("format", spec.kind());
        details.put("locator", spec.locator());
        details.put("label", spec.label());
        details.put("sha256", sha256);
        details.put("entries", entries);
        details.put("rejects", rejects);
        return details;
    }

    /** Rolls back everything this writer wrote unless it was committed. */
    @Override
    public void close() {
        try {
            rejectInsert.close();
        } catch (SQLException ignored) {
            // statements die with the rollback anyway
        }
        if (!finished) {
            finished = true;
            rollbackQuietly(connection);
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is unusable; the next call reports it
        }
        entryInserts.close();
        BulkWriteMode.leave(connection);
    }

    private void writeBuffered() throws SQLException {
        entryInserts.write(buffered, bufferedCount);
        java.util.Arrays.fill(buffered, 0, bufferedCount, null);
        bufferedCount = 0;
    }

    private void flush() throws SQLException {
        if (bufferedCount > 0) {
            writeBuffered();
        }
        if (pendingRejects > 0) {
            rejectInsert.executeBatch();
            pendingRejects = 0;
        }
    }

    /** Shape numbers go on from the last one any snapshot used; the import's transaction keeps other writers out. */
    private static long nextShapeId(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet last = s.executeQuery("SELECT ifnull(max(id), 0) + 1 FROM entry_shapes")) {
            last.next();
            return last.getLong(1);
        }
    }

    private static long sourceId(Connection connection, String name) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT id FROM sources WHERE name = ?")) {
            find.setString(1, name);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sources (name, created_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, Workspace.now());
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    static long generatedKey(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated key returned");
            }
            return keys.getLong(1);
        }
    }


    static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // nothing more can be done; SQLite discards the uncommitted transaction on close
        }
    }
}
