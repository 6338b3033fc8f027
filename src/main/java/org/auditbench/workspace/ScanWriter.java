package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.auditbench.model.NewFinding;

/**
 * Writes one scan and its findings in one transaction with batched inserts; an interrupted scan
 * leaves nothing behind. Close without {@link #commit} to roll back. Committing also records the
 * scan's audit row and its consequences for triage (see {@link ScanAftermath}) in the same transaction.
 *
 * <p>Foreign keys are not checked in the scan's transaction (SQLite switches them only outside a transaction, so
 * they go off before it begins and on again when the writer closes). What the transaction writes (findings, counts,
 * the audit row, triage follow-ups) refers to the scan it has just inserted and to rows it has read inside this same
 * write transaction, which no other writer can interleave with. Checking would look every finding's entry up once
 * more: half a second of a million-entry scan.
 */
public final class ScanWriter implements AutoCloseable {

    private static final int BATCH = 2_000;

    private final Connection connection;
    private final long scanId;
    private final ScanSpec spec;
    private final AuditLog audit;
    private final TriageDao triage;
    private final PreparedStatement insert;
    private long count;
    private int pending;
    private final ScanCounts counts = new ScanCounts();
    private final boolean fingerprintIndexDropped;
    private boolean finished;

    private ScanWriter(Connection connection, long scanId, ScanSpec spec, AuditLog audit, TriageDao triage,
                       boolean fingerprintIndexDropped) throws SQLException {
        this.connection = connection;
        this.fingerprintIndexDropped = fingerprintIndexDropped;
        this.scanId = scanId;
        this.spec = spec;
        this.audit = audit;
        this.triage = triage;
        this.insert = connection.prepareStatement("INSERT INTO findings (scan_id, entry_id, related_entry_id, rule,"
                + " severity, severity_rank, fingerprint, message, evidence) VALUES (?,?,?,?,?,?,?,?,?)");
    }

    static ScanWriter begin(Connection connection, ScanSpec spec, AuditLog audit, TriageDao triage)
            throws WorkspaceException {
        try {
            SchemaState.checkForeignKeys(connection, false);
            connection.setAutoCommit(false);
            long scanId;
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO scans (started_at, policy_origin,"
                    + " policy_text, policy_hash, reference_versions) VALUES (?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, Workspace.now());
                s.setString(2, spec.policyOrigin());
                s.setString(3, spec.policyText());
                s.setString(4, spec.policyHash());
                s.setString(5, spec.referenceVersions());
                s.executeUpdate();
                scanId = SnapshotWriter.generatedKey(s);
            }
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO scan_snapshots (scan_id, snapshot_id) VALUES (?, ?)")) {
                for (long snapshotId : spec.snapshotIds()) {
                    s.setLong(1, scanId);
                    s.setLong(2, snapshotId);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return new ScanWriter(connection, scanId, spec, audit, triage, FingerprintIndex.dropForScan(connection));
        } catch (SQLException e) {
            SnapshotWriter.rollbackQuietly(connection);
            restoreForeignKeys(connection);
            throw new WorkspaceException("cannot start a scan: " + e.getMessage(), e);
        }
    }

    public long scanId() {
        return scanId;
    }

    public void add(NewFinding f) throws WorkspaceException {
        try {
            insert.setLong(1, scanId);
            insert.setLong(2, f.entryId());
            if (f.relatedEntryId() == null) {
                insert.setNull(3, Types.INTEGER);
            } else {
                insert.setLong(3, f.relatedEntryId());
            }
            insert.setString(4, f.rule());
            insert.setString(5, f.severity().id());
            insert.setInt(6, f.severity().ordinal());
            insert.setString(7, f.fingerprint());
            insert.setString(8, f.message());
            insert.setString(9, f.evidence());
            insert.addBatch();
            count++;
            counts.count(f);
            if (++pending >= BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot write finding: " + e.getMessage(), e);
        }
    }

    /**
     * Commits the scan with its findings per owner and severity (see {@link OwnerTally}); closing without
     * committing rolls everything back.
     */
    public long commit(OwnerTally owners) throws WorkspaceException {
        try {
            insert.executeBatch();
            if (fingerprintIndexDropped) {
                FingerprintIndex.rebuild(connection);
            }
            counts.write(connection, scanId, owners);
            try (PreparedStatement s = connection.prepareStatement(
                    "UPDATE scans SET finished_at = ?, finding_count = ?, complete = 1 WHERE id = ?")) {
                s.setString(1, Workspace.now());
                s.setLong(2, count);
                s.setLong(3, scanId);
                s.executeUpdate();
            }
            ScanAftermath.record(connection, audit, triage, scanId, spec, count);
            connection.commit();
            finished = true;
            return count;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot commit the scan: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            insert.close();
        } catch (SQLException ignored) {
            // dies with the rollback
        }
        if (!finished) {
            finished = true;
            SnapshotWriter.rollbackQuietly(connection);
        }
        restoreForeignKeys(connection);
    }

    /** Ends the transaction if one is open (the pragma is ignored inside one) and checks foreign keys again. */
    private static void restoreForeignKeys(Connection connection) {
        try {
            connection.setAutoCommit(true);
            SchemaState.checkForeignKeys(connection, true);
        } catch (SQLException ignored) {
            // reported by the next use of the connection
        }
    }
}
