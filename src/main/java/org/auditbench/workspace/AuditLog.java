package org.auditbench.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.auditbench.model.AuditRecord;

/**
 * The append-only, hash-chained audit log. {@link #append} joins the transaction of the action it records
 * (import, scan, decision, sign-off...), so the action and its row are written together or not at all.
 * Triggers in the schema refuse UPDATE and DELETE; {@code verify} detects changes made around them.
 */
public final class AuditLog {

    /** The actor of automatic changes (waiver lapses, findings fixed by a scan). */
    public static final String SYSTEM = "system";
    /** The triggers that keep the log, the decisions and signed reviews unchangeable; verify reports dropped ones. */
    public static final List<String> PROTECTION_TRIGGERS = List.of("audit_log_no_update", "audit_log_no_delete",
            "decisions_no_update", "decisions_no_delete", "reviews_signed_read_only", "reviews_no_delete");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final Clock clock;
    private final String user;

    AuditLog(Connection connection, Clock clock, String user) {
        this.connection = connection;
        this.clock = clock;
        this.user = user;
    }

    /** The person the workspace acts for when a command names nobody (imports, scans): the OS user. */
    public String user() {
        return user;
    }

    /** Receives audit rows one at a time, in log order. */
    @FunctionalInterface
    public interface RecordConsumer<X extends Exception> {
        void accept(AuditRecord record) throws X;
    }

    /**
     * Appends one row: {@code details} (a map of strings, numbers, booleans, lists and maps) becomes JSON.
     * Inside an open transaction the row joins it; otherwise it is written in its own.
     */
    public AuditRecord append(String actor, String action, Map<String, ?> details) throws WorkspaceException {
        String json;
        try {
            json = JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be plain JSON values: " + e.getOriginalMessage(), e);
        }
        return Transactions.run(connection, () -> insert(actor, action, json));
    }

    /** The seq the next appended row will get, for rows (decisions) that name their audit row. */
    long nextSeq() throws WorkspaceException {
        return head().map(AuditRecord::seq).orElse(0L) + 1;
    }

    public Optional<AuditRecord> head() throws WorkspaceException {
        List<AuditRecord> rows = query("SELECT seq, at, actor, action, details, prev_hash, hash FROM audit_log"
                + " ORDER BY seq DESC LIMIT 1", null);
        return rows.stream().findFirst();
    }

    public Optional<AuditRecord> bySeq(long seq) throws WorkspaceException {
        return query("SELECT seq, at, actor, action, details, prev_hash, hash FROM audit_log WHERE seq = ?", seq)
                .stream().findFirst();
    }

    /** Every row in log order (by seq), streamed. */
    public <X extends Exception> void forEach(RecordConsumer<X> consumer) throws WorkspaceException, X {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT seq, at, actor, action, details, prev_hash, hash FROM audit_log ORDER BY seq")) {
            s.setFetchSize(500);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(read(rs));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /** The highest seq the log ever reached, as SQLite remembers it; above the last row when rows were deleted. */
    public long highWater() throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the audit log's sequence: " + e.getMessage(), e);
        }
    }

    /** Names of the append-only triggers (and of other protecting triggers) that are missing from the schema. */
    public List<String> missingTriggers(List<String> expected) throws WorkspaceException {
        List<String> missing = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?")) {
            for (String name : expected) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        missing.add(name);
                    }
                }
            }
            return missing;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the workspace schema: " + e.getMessage(), e);
        }
    }

    /** Ids of complete snapshots imported since the audit log began (older ones have no import row). */
    public List<Long> snapshotsSinceLogStart() throws WorkspaceException {
        return idsAfter("snapshots", "audit_after_snapshot");
    }

    /** Ids of complete scans made since the audit log began. */
    public List<Long> scansSinceLogStart() throws WorkspaceException {
        return idsAfter("scans", "audit_after_scan");
    }

    private List<Long> idsAfter(String table, String infoKey) throws WorkspaceException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id FROM " + table + " WHERE complete = 1"
                + " AND id > coalesce((SELECT CAST(value AS INTEGER) FROM workspace_info WHERE key = ?), 0) ORDER BY id")) {
            s.setString(1, infoKey);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read " + table + ": " + e.getMessage(), e);
        }
    }

    private AuditRecord insert(String actor, String action, String details) throws WorkspaceException {
        Optional<AuditRecord> previous = head();
        long seq = previous.map(AuditRecord::seq).orElse(0L) + 1;
        String prevHash = previous.map(AuditRecord::hash).orElse(AuditChain.GENESIS);
        String atText = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
        String hash = AuditChain.hash(seq, atText, actor, action, details, prevHash);
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO audit_log (seq, at, actor, action, details,"
                + " prev_hash, hash) VALUES (?,?,?,?,?,?,?)")) {
            s.setLong(1, seq);
            s.setString(2, atText);
            s.setString(3, actor);
            s.setString(4, action);
            s.setString(5, details);
            s.setString(6, prevHash);
            s.setString(7, hash);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot append to the audit log: " + e.getMessage(), e);
        }
        return new AuditRecord(seq, atText, actor, action, details, prevHash, hash);
    }

    private List<AuditRecord> query(String sql, Long seq) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (seq != null) {
                s.setLong(1, seq);
            }
            List<AuditRecord> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /** Reads a row exactly as stored, whatever was edited into it, so verify hashes the real text. */
    private static AuditRecord read(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }
}
