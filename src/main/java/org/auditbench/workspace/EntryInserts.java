package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import org.auditbench.model.Entry;
import org.auditbench.model.KeyKind;
import org.auditbench.model.TargetKind;

/**
 * The statements that put a snapshot's entries into the workspace: multi-row INSERTs of
 * {@value #ROWS_PER_INSERT} rows (one statement execution per 64 rows instead of per row), preferably by shape number
 * ({@link EntryShapes}), and single-row INSERTs for the rest at the end. The caller owns the transaction.
 */
final class EntryInserts implements AutoCloseable {

    static final int ROWS_PER_INSERT = 64;
    private static final int COLUMNS = 22;
    private static final String INSERT_ENTRY = "INSERT INTO entries (snapshot_id, source_row, domain, key_kind,"
            + " address, protocol, target, target_raw, target_kind, port, encryption, username, owner, justification,"
            + " created, expires, reviewed, environment, layer, extra, domain_facts, target_facts) VALUES ";
    /** The columns a shaped row binds itself, then its shape number ({@link #shapedInsertSql}). */
    private static final String SHAPED_BOUND_COLUMNS = "source_row, domain, address, justification, extra,"
            + " domain_facts";
    /** A shaped row binds its own columns, its packed dates, then its shape number. */
    private static final int SHAPED_COLUMNS = 8;
    private static final int DATES_COLUMN = 7;
    /**
     * The three dates of a shaped row travel as one text, each {@value #DATE_WIDTH} characters: two binds fewer per
     * row. No month is 00, so this marks a missing date.
     */
    private static final String NO_DATE = "0000-00-00";
    private static final int DATE_WIDTH = 10;
    private static final String[] KEY_KIND_IDS = Arrays.stream(KeyKind.values()).map(KeyKind::id)
            .toArray(String[]::new);
    private static final String[] TARGET_KIND_IDS = Arrays.stream(TargetKind.values()).map(TargetKind::id)
            .toArray(String[]::new);

    private final PreparedStatement multiInsert;
    private final PreparedStatement shapedInsert;
    private final PreparedStatement singleInsert;
    private final EntryShapes shapes;
    private final int[] shapeNumbers = new int[ROWS_PER_INSERT];
    private final String[] packedDates = new String[ROWS_PER_INSERT];
    private final StoredFactsCache targetFacts = new StoredFactsCache();

    /** Statements for one snapshot's entries; at most {@code maxShapes} shapes are numbered. */
    EntryInserts(Connection connection, long snapshotId, int maxShapes) throws SQLException {
        this.shapes = new EntryShapes(connection, maxShapes);
        this.multiInsert = connection.prepareStatement(insertSql(ROWS_PER_INSERT, snapshotId));
        this.shapedInsert = connection.prepareStatement(shapedInsertSql(ROWS_PER_INSERT, snapshotId));
        this.singleInsert = connection.prepareStatement(insertSql(1, snapshotId));
    }

    /** The snapshot id is written into the statement, not bound: one JNI call fewer per row. */
    private static String insertSql(int rows, long snapshotId) {
        return INSERT_ENTRY + repeated("(" + snapshotId + "," + "?,".repeat(COLUMNS - 2) + "?)", rows);
    }

    /** {@code rows} copies of a VALUES row, comma-separated. */
    private static String repeated(String row, int rows) {
        return String.join(",", java.util.Collections.nCopies(rows, row));
    }

    /**
     * The same rows with their low-cardinality columns taken from {@link EntryShapes} by shape number. CROSS JOIN makes
     * the VALUES rows SQLite's outer loop, so the rows (and their ids) keep the source's order.
     */
    private static String shapedInsertSql(int rows, long snapshotId) {
        StringBuilder sql = new StringBuilder("INSERT INTO entries (snapshot_id, ").append(SHAPED_BOUND_COLUMNS)
                .append(", created, expires, reviewed, ").append(EntryShapes.COLUMNS).append(") SELECT ")
                .append(snapshotId);
        for (int i = 1; i <= DATES_COLUMN - 1; i++) {
            sql.append(", v.column").append(i);
        }
        for (int at = 1; at < 3 * DATE_WIDTH; at += DATE_WIDTH) {
            sql.append(", nullif(substr(v.column").append(DATES_COLUMN).append(", ").append(at).append(", ")
                    .append(DATE_WIDTH).append("), '").append(NO_DATE).append("')");
        }
        for (String column : EntryShapes.COLUMNS.split(", ")) {
            sql.append(", s.").append(column);
        }
        sql.append(" FROM (VALUES ").append(repeated("(" + "?,".repeat(SHAPED_COLUMNS - 1) + "?)", rows));
        return sql.append(") AS v CROSS JOIN ").append(EntryShapes.TABLE).append(" AS s ON s.id = v.column")
                .append(SHAPED_COLUMNS).toString();
    }

    /**
     * One multi-row INSERT for a full buffer, by shape number when every row's shape has one; the few rows left at the
     * end go in one by one.
     */
    void write(Entry[] buffered, int bufferedCount) throws SQLException {
        if (bufferedCount == ROWS_PER_INSERT && prepareShaped(buffered)) {
            for (int i = 0; i < ROWS_PER_INSERT; i++) {
                bindShaped(i * SHAPED_COLUMNS + 1, buffered[i], packedDates[i], shapeNumbers[i]);
            }
            shapedInsert.executeUpdate();
        } else if (bufferedCount == ROWS_PER_INSERT) {
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
    }

    /** Closes the statements and drops the shapes; after the transaction ended, so the drop is not part of it. */
    @Override
    public void close() {
        try {
            multiInsert.close();
            shapedInsert.close();
            singleInsert.close();
        } catch (SQLException ignored) {
            // statements die with the connection anyway
        }
        shapes.close();
    }

    /**
     * Numbers the shapes of the buffered rows and packs their dates; false if any row cannot go in by shape (the
     * dictionary is full, or a date has a year outside 0..9999).
     */
    private boolean prepareShaped(Entry[] buffered) throws SQLException {
        for (int i = 0; i < ROWS_PER_INSERT; i++) {
            Entry e = buffered[i];
            packedDates[i] = packedDates(e);
            if (packedDates[i] == null) {
                return false;
            }
            shapeNumbers[i] = shapes.number(new EntryShapes.Shape(e, KEY_KIND_IDS[e.keyKind().ordinal()],
                    TARGET_KIND_IDS[e.targetKind().ordinal()], targetFacts.encode(e.targetFacts(), e.target())));
            if (shapeNumbers[i] == EntryShapes.NONE) {
                return false;
            }
        }
        return true;
    }

    /** The three dates as one text of fixed-width fields, {@link #NO_DATE} for none; null if one does not fit. */
    private static String packedDates(Entry e) {
        String created = fixedWidth(e.created());
        String expires = fixedWidth(e.expires());
        String reviewed = fixedWidth(e.reviewed());
        return created == null || expires == null || reviewed == null ? null : created + expires + reviewed;
    }

    private static String fixedWidth(LocalDate date) {
        if (date == null) {
            return NO_DATE;
        }
        String text = dateText(date);
        return text.length() == DATE_WIDTH ? text : null;
    }

    /** Binds the columns a shaped row carries itself, in the order of {@link #SHAPED_BOUND_COLUMNS}. */
    private void bindShaped(int at, Entry e, String dates, int shape) throws SQLException {
        PreparedStatement s = shapedInsert;
        s.setString(at, e.sourceRow());
        s.setString(at + 1, e.domain());
        s.setString(at + 2, e.address());
        s.setString(at + 3, e.justification());
        s.setString(at + 4, Json.writeFlat(e.extra()));
        s.setString(at + 5, StoredFacts.encode(e.domainFacts(), e.domain()));
        s.setString(at + 6, dates);
        s.setInt(at + 7, shape);
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
