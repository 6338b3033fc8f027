package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work in one transaction on the workspace connection, or inside the one already open (a snapshot
 * or scan being written), so an action and its audit row always commit or roll back together.
 */
final class Transactions {

    private Transactions() {
    }

    static <T, X extends Exception> T run(Connection connection, Workspace.Work<T, X> work)
            throws WorkspaceException, X {
        boolean ownTransaction;
        try {
            ownTransaction = connection.getAutoCommit();
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot start a transaction: " + e.getMessage(), e);
        }
        if (!ownTransaction) {
            return work.run();
        }
        boolean committed = false;
        try {
            T result = work.run();
            connection.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot commit: " + e.getMessage(), e);
        } finally {
            if (!committed) {
                SnapshotWriter.rollbackQuietly(connection);
            }
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable; the next call reports it
            }
        }
    }
}
