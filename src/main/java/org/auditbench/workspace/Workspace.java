package org.auditbench.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Properties;

/**
 * One workspace file: a SQLite database in WAL mode with foreign keys on, created or upgraded on open.
 * A file written by a newer Auditbench is refused; before upgrading an older one, a backup copy is made.
 * Not thread-safe: one thread at a time uses a workspace.
 */
public final class Workspace implements AutoCloseable {

    /** Marks the file as ours in the SQLite header ({@code PRAGMA application_id}), "ABnc". */
    static final int APPLICATION_ID = 0x41426e63;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** How long a statement waits for another connection's lock before failing. */
    static final int BUSY_TIMEOUT_MS = 10_000;
    /** Page cache of every connection, in KiB when negative: 64 MiB, for the indexes the workbench reads at random. */
    static final String CACHE_SIZE = "-65536";

    private final Path file;
    private final Connection connection;
    private final Path backup;
    private final Clock clock;
    private final AuditLog audit;

    private Workspace(Path file, Connection connection, Path backup, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.backup = backup;
        this.clock = clock;
        this.audit = new AuditLog(connection, clock, System.getProperty("user.name", "unknown"));
    }

    /** Work done inside one workspace transaction. */
    @FunctionalInterface
    public interface Work<T, X extends Exception> {
        T run() throws WorkspaceException, X;
    }

    /** Opens {@code file}, creating it when missing and migrating it when older than this version. */
    public static Workspace open(Path file) throws WorkspaceException {
        return open(file, Clock.systemDefaultZone());
    }

    /**
     * Opens {@code file} with a clock for audit timestamps, decision times and "today" (waiver lapses);
     * tests pass a fixed or stepping clock.
     */
    public static Workspace open(Path file, Clock clock) throws WorkspaceException {
        Path path = file.toAbsolutePath().normalize();
        boolean existed = Files.exists(path);
        if (existed) {
            checkIsSqlite(path);
        } else if (path.getParent() != null && !Files.isDirectory(path.getParent())) {
            throw new WorkspaceException("cannot create workspace " + path + ": folder " + path.getParent()
                    + " does not exist");
        }
        Connection connection = connect(path);
        try {
            Path backup = prepareSchema(path, connection, existed);
            return new Workspace(path, connection, backup, clock);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new WorkspaceException("cannot open workspace " + path + ": " + e.getMessage(), e);
        } catch (WorkspaceException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** The backup made before this open migrated the file, or null when no migration ran. */
    public Path backup() {
        return backup;
    }

    public static int schemaVersion() {
        return Migrations.latest();
    }

    public SnapshotDao snapshots() {
        return new SnapshotDao(connection);
    }

    public EntryDao entries() {
        return new EntryDao(connection);
    }

    /** A read-only connection of its own that streams entries on another thread; see {@link EntryReader}. */
    public EntryReader openEntryReader() throws WorkspaceException {
        Properties properties = new Properties();
        properties.setProperty("open_mode", Integer.toString(org.sqlite.SQLiteOpenMode.READONLY.flag));
        properties.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
        try {
            return new EntryReader(DriverManager.getConnection("jdbc:sqlite:" + file, properties), file.toString());
        } catch (SQLException e) {
            throw new WorkspaceException("cannot open a reader on workspace " + file + ": " + e.getMessage(), e);
        }
    }

    public ScanDao scans() {
        return new ScanDao(connection);
    }

    public FindingDao findings() {
        return new FindingDao(connection, today());
    }

    /** The append-only, hash-chained audit log. */
    public AuditLog audit() {
        return audit;
    }

    /** Triage decisions and the current status of every decided finding. */
    public TriageDao triage() {
        return new TriageDao(connection, clock, audit);
    }

    /** The decision history, current triage status of decided findings, and waivers. */
    public DecisionDao decisions() {
        return new DecisionDao(connection, today());
    }

    public ReviewDao reviews() {
        return new ReviewDao(connection, clock);
    }

    /** Entries of a snapshot in the order snapshot comparisons need. */
    public ComparisonDao comparisons() {
        return new ComparisonDao(connection);
    }

    public Clock clock() {
        return clock;
    }

    /** Today in the workspace clock's zone: the day waivers are judged against. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Runs {@code work} in one transaction (or inside the one already open), committing when it returns
     * and rolling back when it throws, so a failed operation writes nothing.
     */
    public <T, X extends Exception> T inTransaction(Work<T, X> work) throws WorkspaceException, X {
        return Transactions.run(connection, work);
    }

    /** The reads behind the quarterly report (entries by owner and expiry, tallies, snapshot differences). */
    public ReportDao reportData() {
        return new ReportDao(connection);
    }

    /** Column mappings saved by name for the next import of the same kind of source. */
    public MappingDao mappings() {
        return new MappingDao(connection);
    }

    /** Starts writing one snapshot in one transaction; nothing is visible until {@link SnapshotWriter#commit}. */
    public SnapshotWriter beginSnapshot(SnapshotSpec spec) throws WorkspaceException {
        return SnapshotWriter.begin(connection, spec, audit);
    }

    /** Starts writing one scan and its findings in one transaction. */
    public ScanWriter beginScan(ScanSpec spec) throws WorkspaceException {
        return ScanWriter.begin(connection, spec, audit, triage());
    }

    /** Whether the index exists as this connection sees it (tests: a scan drops one for a while). */
    boolean hasIndex(String name) throws SQLException {
        return SchemaState.hasIndex(connection, name);
    }

    /** Whether this workspace's connection checks foreign keys now (tests: a scan turns them off for a while). */
    boolean checksForeignKeys() throws SQLException {
        return SchemaState.checksForeignKeys(connection);
    }

    @Override
    public void close() throws WorkspaceException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot close workspace " + file + ": " + e.getMessage(), e);
        }
    }

    static String now() {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.now().atOffset(ZoneOffset.UTC));
    }

    private static Connection connect(Path path) throws WorkspaceException {
        Properties properties = new Properties();
        properties.setProperty("foreign_keys", "true");
        properties.setProperty("journal_mode", "WAL");
        properties.setProperty("synchronous", "NORMAL");
        properties.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
        // Writers take the write lock up front, so two processes appending to the audit log queue up
        // (busy_timeout) instead of one failing half-way on a stale read of the chain's head.
        properties.setProperty("transaction_mode", "IMMEDIATE");
        // 64 MiB of page cache (the default is 2 MiB): the workbench's listings and counts read the findings'
        // indexes at random
        properties.setProperty("cache_size", CACHE_SIZE);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + path, properties);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot open workspace " + path + ": " + e.getMessage(), e);
        }
    }

    private static Path prepareSchema(Path path, Connection connection, boolean existed)
            throws SQLException, WorkspaceException {
        int version;
        int applicationId;
        boolean hasTables;
        try (Statement statement = connection.createStatement()) {
            version = intPragma(statement, "user_version");
            applicationId = intPragma(statement, "application_id");
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
                hasTables = rs.next() && rs.getInt(1) > 0;
            }
        }
        if (hasTables && applicationId != APPLICATION_ID) {
            throw new WorkspaceException(path + " is a SQLite database but not an Auditbench workspace"
                    + " (import it as a source instead: auditbench import " + path.getFileName() + ")");
        }
        if (version > Migrations.latest()) {
            throw new WorkspaceException(path + " was written by a newer version of Auditbench (workspace schema "
                    + version + "; this version reads up to " + Migrations.latest()
                    + "). Open it with that newer version; this one will not change it.");
        }
        if (version == Migrations.latest()) {
            return null;
        }
        Path backup = existed && version > 0 ? backup(path, connection, version) : null;
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = " + APPLICATION_ID);
        }
        Migrations.apply(connection, version);
        if (version > 0) {
            compactAfterUpgrade(connection);
        }
        if (version == 0) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO workspace_info (key, value) VALUES ('created_at', '" + now() + "')");
            }
        }
        return backup;
    }

    /**
     * Gives the file back the space an upgrade freed, when that is more than a quarter of it: V11 rebuilds the entries
     * table, which leaves the old table's pages free, a million-entry workspace at twice its size until then.
     */
    private static void compactAfterUpgrade(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            long free = intPragma(statement, "freelist_count");
            long pages = intPragma(statement, "page_count");
            if (free * 4 > pages) {
                statement.execute("VACUUM");
            }
        } catch (SQLException busy) {
            // another connection holds the file: it keeps the free pages, which later writes reuse
        }
    }

    /** A consistent copy of the whole file, taken with VACUUM INTO so the WAL is included. */
    private static Path backup(Path path, Connection connection, int version) throws WorkspaceException {
        String stamp = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").format(Instant.now().atOffset(ZoneOffset.UTC));
        Path target = path.resolveSibling(path.getFileName() + ".v" + version + "-" + stamp + ".bak");
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
            return target;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot back up " + path + " to " + target
                    + " before upgrading it, so it was left unchanged: " + e.getMessage(), e);
        }
    }

    private static void checkIsSqlite(Path path) throws WorkspaceException {
        if (!Files.isRegularFile(path)) {
            throw new WorkspaceException(path + " is not a file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length > 0 && !Arrays.equals(head, SQLITE_MAGIC)) {
                throw new WorkspaceException(path + " is not an Auditbench workspace (not a SQLite database)");
            }
        } catch (IOException e) {
            throw new WorkspaceException("cannot read workspace " + path + ": " + e.getMessage(), e);
        }
    }

    private static int intPragma(Statement statement, String pragma) throws SQLException {
        try (ResultSet rs = statement.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the failure that made us close is the one to report
        }
    }
    /** The workbench's entries tree: groups by SQL aggregation, entries a page at a time. */
    public EntryGroupDao entryGroups() {
        return new EntryGroupDao(connection);
    }

    /** The workbench's findings table: SQL filters, keyset pages. */
    public FindingSearchDao findingSearch() {
        return new FindingSearchDao(connection, today());
    }

    /** The workbench's overview aggregates. */
    public OverviewDao overview() {
        return new OverviewDao(connection, today());
    }

    /** An entry across the snapshots of its source. */
    public EntryHistoryDao entryHistory() {
        return new EntryHistoryDao(connection);
    }

    /** Rejected rows, paged. */
    public RejectDao rejects() {
        return new RejectDao(connection);
    }
}
