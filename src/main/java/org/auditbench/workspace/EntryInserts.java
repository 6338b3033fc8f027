package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;

/**
 * The statements that put a snapshot's entries into the workspace: multi-row INSERTs of {@value #ROWS_PER_INSERT} rows
 * (one statement execution per 64 rows instead of per row) and single-row INSERTs for the rest at the end, and the
 * INSERT of each new shape ({@link EntryShapes}) before the rows that use it. The caller owns the transaction.
 */
final class EntryInserts implements AutoCloseable {

    static final int ROWS_PER_INSERT = 64;
    /** What a row binds: its shape number, then the columns that are its own. */
    private static final String BOUND_COLUMNS = "shape_id, source_row, domain, address, justification, created, expires,"
            + " reviewed, extra, domain_facts";
    private static final int BOUND = 10;

    private final PreparedStatement multiInsert;
    private final PreparedStatement singleInsert;
    private final PreparedStatement shapeInsert;

    /** Statements for one snapshot's entries. */
    EntryInserts(Connection connection, long snapshotId) throws SQLException {
        this.multiInsert = connection.prepareStatement(insertSql(ROWS_PER_INSERT, snapshotId));
        this.singleInsert = connection.prepareStatement(insertSql(1, snapshotId));
        this.shapeInsert = connection.prepareStatement("INSERT INTO entry_shapes (id, snapshot_id, "
                + EntryShapes.Shape.COLUMNS + ") VALUES (?, " + snapshotId + ",?" + ",?".repeat(EntryShapes.Shape.TEXTS)
                + ")");
    }

    /** The snapshot id is written into the statement, not bound: one JNI call fewer per row. */
    private static String insertSql(int rows, long snapshotId) {
        String row = "(" + snapshotId + "," + "?,".repeat(BOUND - 1) + "?)";
        return "INSERT INTO entry_rows (snapshot_id, " + BOUND_COLUMNS + ") VALUES "
                + String.join(",", Collections.nCopies(rows, row));
    }

    /** One multi-row INSERT for a full buffer; the few rows left at the end go in one by one. */
    void write(EncodedEntry[] buffered, int bufferedCount) throws SQLException {
        for (int i = 0; i < bufferedCount; i++) {
            if (buffered[i].newShape != null) {
                insertShape(buffered[i].shape, buffered[i].newShape);
            }
        }
        if (bufferedCount == ROWS_PER_INSERT) {
            for (int i = 0; i < ROWS_PER_INSERT; i++) {
                bind(multiInsert, i * BOUND + 1, buffered[i]);
            }
            multiInsert.executeUpdate();
        } else {
            for (int i = 0; i < bufferedCount; i++) {
                bind(singleInsert, 1, buffered[i]);
                singleInsert.executeUpdate();
            }
        }
    }

    @Override
    public void close() {
        try {
            multiInsert.close();
            singleInsert.close();
            shapeInsert.close();
        } catch (SQLException ignored) {
            // statements die with the connection anyway
        }
    }

    private void insertShape(long number, EntryShapes.Shape shape) throws SQLException {
        shapeInsert.setLong(1, number);
        for (int i = 0; i < EntryShapes.Shape.TEXTS; i++) {
            shapeInsert.setString(i + 2, shape.texts[i]);
        }
        setInteger(shapeInsert, EntryShapes.Shape.TEXTS + 2, shape.port);
        shapeInsert.executeUpdate();
    }

    /** Binds a row in the order of {@link #BOUND_COLUMNS}. */
    private static void bind(PreparedStatement s, int at, EncodedEntry e) throws SQLException {
        s.setLong(at, e.shape);
        s.setString(at + 1, e.sourceRow);
        s.setString(at + 2, e.domain);
        s.setString(at + 3, e.address);
        s.setString(at + 4, e.justification);
        s.setString(at + 5, e.created);
        s.setString(at + 6, e.expires);
        s.setString(at + 7, e.reviewed);
        s.setString(at + 8, e.extra);
        s.setString(at + 9, e.domainFacts);
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }
}
