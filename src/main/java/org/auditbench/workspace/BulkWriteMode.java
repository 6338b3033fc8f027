package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The connection settings for one large write transaction (an import, a scan), and their undoing.
 *
 * <p>A rollback journal instead of the WAL: new rows go to fresh pages at the end of the file, which a
 * rollback journal does not copy, where the WAL would write every page twice (once into the log, once at
 * the checkpoint). {@code synchronous=OFF} because the transaction is atomic anyway: a killed process
 * leaves a hot journal that SQLite rolls back on the next open. Leaving the WAL is only possible when no other
 * connection has the file open; then the write runs in WAL mode with a large page cache (native memory, not
 * Java heap), because every page spilled mid-transaction would go to the WAL again each time it changed.
 *
 * <p>With the rollback journal the page cache stays small while the write only appends: a spilled page is written
 * once, into the file, while it is still in the CPU's caches. A 256 MB cache made the writer thread spend 2.2 s of
 * a million-row import in the kernel (copying cold pages into the file and zeroing fresh memory), a 2 MB one 0.6 s
 * ({@code perf record}, stop 13). A write that also updates an index at random places (see
 * {@link #updatesIndexAtRandom}) keeps the large cache, so each index page is journaled and written once.
 */
final class BulkWriteMode {

    /** Page cache during a bulk write that has to stay in WAL mode or updates an index at random (negative = KiB). */
    private static final int WAL_CACHE_KIB = -256 * 1024;
    /** Page cache during a bulk write with a rollback journal (negative = KiB). */
    private static final int JOURNAL_CACHE_KIB = -2 * 1024;

    private BulkWriteMode() {
    }

    static void enter(Connection connection) throws SQLException {
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA busy_timeout = 0"); // another reader would make us wait 10 s for nothing
            boolean journal = false;
            try (ResultSet mode = pragma.executeQuery("PRAGMA journal_mode = DELETE")) {
                journal = mode.next() && "delete".equalsIgnoreCase(mode.getString(1));
            } catch (SQLException busy) {
                // another connection holds the workspace: stay in WAL mode
            } finally {
                pragma.execute("PRAGMA busy_timeout = " + Workspace.BUSY_TIMEOUT_MS);
            }
            pragma.execute("PRAGMA synchronous = OFF");
            pragma.execute("PRAGMA cache_size = " + (journal ? JOURNAL_CACHE_KIB : WAL_CACHE_KIB));
        }
    }

    /** The write will also update an index at random places (an index the import kept): a large page cache again. */
    static void updatesIndexAtRandom(Connection connection) throws SQLException {
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA cache_size = " + WAL_CACHE_KIB);
        }
    }

    /** Back to the workspace's normal durability once the transaction is over (committed or rolled back). */
    static void leave(Connection connection) {
        try (Statement pragma = connection.createStatement()) {
            try (ResultSet mode = pragma.executeQuery("PRAGMA journal_mode = WAL")) {
                mode.next();
            }
            pragma.execute("PRAGMA synchronous = NORMAL");
            pragma.execute("PRAGMA cache_size = " + Workspace.CACHE_SIZE);
        } catch (SQLException ignored) {
            // a closed connection reopens with NORMAL anyway
        }
    }
}
