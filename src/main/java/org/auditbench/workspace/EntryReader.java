package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A second, read-only connection to a workspace that streams packed entries on another thread while the
 * workspace's own connection writes. A scan reads a million entries and writes a few hundred thousand
 * findings; on one connection the two take turns on one thread, on two they overlap. The reader sees the
 * last committed state, never the writer's open transaction.
 */
public final class EntryReader implements AutoCloseable {

    private final Connection connection;
    private final String file;

    EntryReader(Connection connection, String file) {
        this.connection = connection;
        this.file = file;
    }

    /** As {@link EntryDao#forEachPacked}, on this reader's connection. */
    public <X extends Exception> void forEachPacked(long snapshotId, EntryDao.PackedConsumer<X> consumer)
            throws WorkspaceException, X {
        new EntryDao(connection).forEachPacked(snapshotId, consumer);
    }

    /** As {@link EntryDao#forEachPacked(long, PackedShapes, EntryDao.PackedConsumer)}, on this reader's connection. */
    public <X extends Exception> void forEachPacked(long snapshotId, PackedShapes shapes,
                                                    EntryDao.PackedConsumer<X> consumer) throws WorkspaceException, X {
        new EntryDao(connection).forEachPacked(snapshotId, shapes, consumer);
    }

    @Override
    public void close() throws WorkspaceException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot close the entry reader of " + file + ": " + e.getMessage(), e);
        }
    }
}
