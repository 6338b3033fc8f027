package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import org.auditbench.model.Entry;
import org.auditbench.model.KeyKind;
import org.auditbench.model.TargetKind;

/**
 * The statements that put a snapshot's entries into the workspace: multi-row INSERTs of {@value #ROWS_PER_INSERT} rows
 * (one statement execution per 64 rows instead of per row) and single-row INSERTs for the rest at the end. A row
 * stores its own texts and the number of its shape ({@link EntryShapes}); the caller owns the transaction.
 */
final class EntryInserts implements AutoCloseable {

    static final int ROWS_PER_INSERT = 64;
    /** What a row binds: its shape number, then the columns that are its own. */
    private static final String BOUND_COLUMNS = "shape_id, source_row, domain, address, justification, created, expires,"
            + " reviewed, extra, domain_facts";
    private static final int BOUND = 10;
    private static final String[] KEY_KIND_IDS = Arrays.stream(KeyKind.values()).map(KeyKind::id)
            .toArray(String[]::new);
    private static final String[] TARGET_KIND_IDS = Arrays.stream(TargetKind.values()).map(TargetKind::id)
            .toArray(String[]::new);

    private final PreparedStatement multiInsert;
    private final PreparedStatement singleInsert;
    private final EntryShapes shapes;
    private final StoredFactsCache targetFacts = new StoredFactsCache();

    /** Statements for one snapshot's entries; at most {@code maxShapes} shapes are remembered at a time. */
    EntryInserts(Connection connection, long snapshotId, int maxShapes) throws SQLException {
        this.shapes = new EntryShapes(connection, snapshotId, maxShapes);
        this.multiInsert = connection.prepareStatement(insertSql(ROWS_PER_INSERT, snapshotId));
        this.singleInsert = connection.prepareStatement(insertSql(1, snapshotId));
    }

    /** The snapshot id is written into the statement, not bound: one JNI call fewer per row. */
    private static String insertSql(int rows, long snapshotId) {
        String row = "(" + snapshotId + "," + "?,".repeat(BOUND - 1) + "?)";
        return "INSERT INTO entry_rows (snapshot_id, " + BOUND_COLUMNS + ") VALUES "
                + String.join(",", Collections.nCopies(rows, row));
    }

    /** One multi-row INSERT for a full buffer; the few rows left at the end go in one by one. */
    void write(Entry[] buffered, int bufferedCount) throws SQLException {
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
        } catch (SQLException ignored) {
            // statements die with the connection anyway
        }
        shapes.close();
    }

    /** Binds a row in the order of {@link #BOUND_COLUMNS}, storing its shape first if it is new. */
    private void bind(PreparedStatement s, int at, Entry e) throws SQLException {
        s.setLong(at, shapes.number(new EntryShapes.Shape(e, KEY_KIND_IDS[e.keyKind().ordinal()],
                TARGET_KIND_IDS[e.targetKind().ordinal()], targetFacts.encode(e.targetFacts(), e.target()))));
        s.setString(at + 1, e.sourceRow());
        s.setString(at + 2, e.domain());
        s.setString(at + 3, e.address());
        s.setString(at + 4, e.justification());
        setDate(s, at + 5, e.created());
        setDate(s, at + 6, e.expires());
        setDate(s, at + 7, e.reviewed());
        s.setString(at + 8, Json.writeFlat(e.extra()));
        s.setString(at + 9, StoredFacts.encode(e.domainFacts(), e.domain()));
    }

    static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
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
}
