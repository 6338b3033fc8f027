package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.auditbench.model.Entry;
import org.auditbench.model.NameFacts;
import org.auditbench.model.Reject;

/**
 * Writes one snapshot — its entries and rejects — inside a single transaction. Entries go in as
 * multi-row INSERTs of {@value #ROWS_PER_INSERT} rows (one statement execution per 64 rows instead of
 * per row), in the {@link BulkWriteMode} while the transaction is open. The snapshot is marked complete and committed
 * at {@link #commit}; closing without committing rolls everything back, so a failed or killed import
 * leaves no trace.
 */
public final class SnapshotWriter implements AutoCloseable {

    static final int ROWS_PER_INSERT = 64;
    private static final int COLUMNS = 22;
    private static final int REJECT_BATCH = 1_000;
    private static final String INSERT_ENTRY = "INSERT INTO entries (snapshot_id, source_row, domain, key_kind,"
            + " address, protocol, target, target_raw, target_kind, port, encryption, username, owner, justification,"
            + " created, expires, reviewed, environment, layer, extra, domain_facts, target_facts) VALUES ";

    private final Connection connection;
    private final long snapshotId;
    private final SnapshotSpec spec;
    private final AuditLog audit;
    private final PreparedStatement multiInsert;
    private final PreparedStatement singleInsert;
    private final PreparedStatement rejectInsert;
    private static final String[] KEY_KIND_IDS = java.util.Arrays.stream(org.auditbench.model.KeyKind.values())
            .map(org.auditbench.model.KeyKind::id).toArray(String[]::new);
    private static final String[] TARGET_KIND_IDS = java.util.Arrays.stream(org.auditbench.model.TargetKind.values())
            .map(org.auditbench.model.TargetKind::id).toArray(String[]::new);

    private final StoredFactsCache targetFacts = new StoredFactsCache();
    private final Entry[] buffered = new Entry[ROWS_PER_INSERT];
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
        this.multiInsert = connection.prepareStatement(insertSql(ROWS_PER_INSERT, snapshotId));
        this.singleInsert = connection.prepareStatement(insertSql(1, snapshotId));
        this.rejectInsert = connection.prepareStatement(
                "INSERT INTO rejects (snapshot_id, locator, raw, reason) VALUES (?,?,?,?)");
    }

    /** The snapshot id is written into the statement, not bound: one JNI call fewer per row. */
    private static String insertSql(int rows, long snapshotId) {
        String row = "(" + snapshotId + "," + "?,".repeat(COLUMNS - 2) + "?)";
        StringBuilder sql = new StringBuilder(INSERT_ENTRY);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append(row);
        }
        return sql.toString();
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

    public void add(Entry e) throws WorkspaceException {
        buffered[bufferedCount++] = e;
        entries++;
        if (bufferedCount == ROWS_PER_INSERT) {
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
            multiInsert.close();
            singleInsert.close();
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
        BulkWriteMode.leave(connection);
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

    /** One multi-row INSERT for a full buffer; the few rows left at the end go in one by one. */
    private void writeBuffered() throws SQLException {
        if (bufferedCount == ROWS_PER_INSERT) {
            for (int i = 0; i < ROWS_PER_INSERT; i++) {
                bind(multiInsert, i * (COLUMNS - 1) + 1, buffered[i]);
            }
            multiInsert.executeUpdate();
        } else {
            for (int i = 0; i < bufferedCount; i++) {
                bind(singleInsert, 1, buffered[i]);
                singleInsert.executeUpdate();
            }
        }
        java.util.Arrays.fill(buffered, 0, bufferedCount, null);
        bufferedCount = 0;
    }

    private void bind(PreparedStatement s, int at, Entry e) throws SQLException {
        int first = at - 1; // parameter numbers below are as if the snapshot id were the first one
        s.setString(first + 1, e.sourceRow());
        s.setString(first + 2, e.domain());
        s.setString(first + 3, KEY_KIND_IDS[e.keyKind().ordinal()]);
        s.setString(first + 4, e.address());
        s.setString(first + 5, e.protocol());
        s.setString(first + 6, e.target());
        s.setString(first + 7, e.targetRaw());
        s.setString(first + 8, TARGET_KIND_IDS[e.targetKind().ordinal()]);
        setInteger(s, first + 9, e.port());
        s.setString(first + 10, e.encryption());
        s.setString(first + 11, e.username());
        s.setString(first + 12, e.owner());
        s.setString(first + 13, e.justification());
        setDate(s, first + 14, e.created());
        setDate(s, first + 15, e.expires());
        setDate(s, first + 16, e.reviewed());
        s.setString(first + 17, e.environment());
        s.setString(first + 18, e.layer());
        s.setString(first + 19, Json.writeFlat(e.extra()));
        s.setString(first + 20, StoredFacts.encode(e.domainFacts(), e.domain()));
        s.setString(first + 21, targetFacts.encode(e.targetFacts(), e.target()));
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


    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private static void setDate(PreparedStatement s, int index, LocalDate value) throws SQLException {
        s.setString(index, value == null ? null : dateText(value));
    }

    /**
     * ISO text of a date, written digit by digit: LocalDate.toString (and even a cache of its results)
     * was a measurable share of an import's writing thread. Years outside 0..9999 take the general path.
     */
    static String dateText(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return date.toString();
        }
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        char[] c = {(char) ('0' + year / 1000), (char) ('0' + year / 100 % 10), (char) ('0' + year / 10 % 10),
                (char) ('0' + year % 10), '-', (char) ('0' + month / 10), (char) ('0' + month % 10), '-',
                (char) ('0' + day / 10), (char) ('0' + day % 10)};
        return new String(c);
    }

    static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // nothing more can be done; SQLite discards the uncommitted transaction on close
        }
    }
}
