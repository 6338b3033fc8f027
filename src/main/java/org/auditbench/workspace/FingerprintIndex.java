package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The index of findings by scan and fingerprint (schema V10), which triage, the decided-status listings and the
 * overview read. A scan's findings arrive in entry order, so their fingerprints land at random places in it: at
 * 218,593 findings, keeping it up to date row by row took 1.3 s in the {@code sqlite3} CLI, writing them without it
 * and sorting it afterwards 0.7 s (stop 13). So a scan drops it while it writes its findings and builds it again
 * before anything in its transaction reads it, unless the workspace already holds so many findings that sorting
 * them all again would cost more than the scan's own inserts.
 */
final class FingerprintIndex {

    static final String NAME = "findings_by_scan_fingerprint_rank_entry";
    /** As V10 created it. */
    private static final String DEFINITION = "CREATE INDEX IF NOT EXISTS " + NAME
            + " ON findings (scan_id, fingerprint, severity_rank, entry_id)";
    /**
     * Above this many existing findings, updating the index row by row is cheaper than sorting all of them again: the
     * sort took 0.27 s for 218,593 keys, so half a million existing findings plus a scan of that size cost about what
     * its 1.3 s of row-by-row updates cost.
     */
    private static final long DROP_BELOW = 500_000;

    private FingerprintIndex() {
    }

    /** Drops the index before a scan writes its findings, when building it again will pay; inside the transaction. */
    static boolean dropForScan(Connection connection) throws SQLException {
        return dropForScan(connection, DROP_BELOW);
    }

    static boolean dropForScan(Connection connection, long dropBelow) throws SQLException {
        if (SchemaState.maxId(connection, "findings") >= dropBelow) {
            return false;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("DROP INDEX IF EXISTS " + NAME);
        }
        return true;
    }

    /** Builds the index again after {@link #dropForScan}; in the same transaction, before anything reads it. */
    static void rebuild(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(DEFINITION);
        }
    }
}
