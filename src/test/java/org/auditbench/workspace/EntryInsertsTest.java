package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.auditbench.model.Entry;
import org.auditbench.model.KeyKind;
import org.auditbench.model.NameFacts;
import org.auditbench.model.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entries go in as a row and a shape number and come back through the view {@code entries} exactly as written: same
 * values, same SQLite types, same order; each distinct shape is stored once per snapshot, and a full dictionary stores
 * shapes again rather than writing a wrong row.
 */
class EntryInsertsTest {

    private static final int ROWS = EntryInserts.ROWS_PER_INSERT * 5 + 7;

    @TempDir
    Path dir;

    @Test
    void entriesReadBackAsTheyWereWritten() throws Exception {
        List<Entry> entries = entries(ROWS);
        Path file = workspace("ws.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            write(c, 1, entries, EntryShapes.MAX_SHAPES);
            List<Entry> read = new ArrayList<>();
            new EntryDao(c).forEachPacked(1, (id, packed) -> read.add(EntryDao.unpack(id, 1, packed)));

            assertThat(read).hasSize(ROWS);
            for (int i = 0; i < ROWS; i++) {
                assertThat(read.get(i)).as("row %d", i).usingRecursiveComparison().ignoringFields("id", "snapshotId")
                        .isEqualTo(entries.get(i));
            }
            assertThat(count(c, "SELECT count(*) FROM entries WHERE typeof(port) NOT IN ('integer', 'null')")).isZero();
            assertThat(count(c, "SELECT count(*) FROM entries WHERE typeof(created) NOT IN ('text', 'null')")).isZero();
        }
    }

    @Test
    void eachDistinctShapeOfASnapshotIsStoredOnce() throws Exception {
        Path file = workspace("ws.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            write(c, 1, entries(ROWS), EntryShapes.MAX_SHAPES);
            long distinct = count(c, "SELECT count(*) FROM (SELECT DISTINCT key_kind, protocol, target, target_raw,"
                    + " target_kind, port, encryption, username, owner, environment, layer, target_facts FROM entries)");

            assertThat(distinct).isBetween(2L, 60L);
            assertThat(count(c, "SELECT count(*) FROM entry_shapes")).isEqualTo(distinct);
        }
    }

    @Test
    void aFullDictionaryStoresShapesAgainAndTheSameRows() throws Exception {
        List<Entry> entries = entries(ROWS);
        try (Connection full = DriverManager.getConnection("jdbc:sqlite:" + workspace("full.db"));
             Connection capped = DriverManager.getConnection("jdbc:sqlite:" + workspace("capped.db"))) {
            write(full, 1, entries, EntryShapes.MAX_SHAPES);
            write(capped, 1, entries, 3);

            assertThat(count(capped, "SELECT count(*) FROM entry_shapes"))
                    .isGreaterThan(count(full, "SELECT count(*) FROM entry_shapes"));
            assertThat(rows(capped)).hasSize(ROWS).isEqualTo(rows(full));
        }
    }

    @Test
    void aLaterSnapshotNumbersItsShapesAfterTheEarlierOnes() throws Exception {
        List<Entry> entries = entries(ROWS);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace("ws.db"))) {
            write(c, 1, entries, EntryShapes.MAX_SHAPES);
            write(c, 2, entries, EntryShapes.MAX_SHAPES);

            assertThat(count(c, "SELECT count(*) FROM entry_shapes WHERE snapshot_id = 2"))
                    .isEqualTo(count(c, "SELECT count(*) FROM entry_shapes WHERE snapshot_id = 1"));
            assertThat(count(c, "SELECT count(*) FROM entry_rows r JOIN entry_shapes s ON s.id = r.shape_id"
                    + " WHERE s.snapshot_id <> r.snapshot_id")).isZero();
            assertThat(count(c, "SELECT count(*) FROM (SELECT source_row, domain, key_kind, address, protocol, target,"
                    + " target_raw, target_kind, port, encryption, username, owner, justification, created, expires,"
                    + " reviewed, environment, layer, extra, domain_facts, target_facts FROM entries WHERE snapshot_id = 1"
                    + " EXCEPT SELECT source_row, domain, key_kind, address, protocol, target, target_raw, target_kind,"
                    + " port, encryption, username, owner, justification, created, expires, reviewed, environment, layer,"
                    + " extra, domain_facts, target_facts FROM entries WHERE snapshot_id = 2)")).isZero();
        }
    }

    /** Nulls, ports, templates, dates (one beyond the year 9999), extras with quotes and tabs, pattern keys. */
    private static List<Entry> entries(int count) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean odd = i % 2 == 1;
            String target = i % 5 == 0 ? null : "mail" + (i % 3) + ".contoso.com";
            LocalDate created = i % 7 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(i);
            LocalDate expires = i == EntryInserts.ROWS_PER_INSERT * 2 + 5 ? LocalDate.of(12_000, 1, 1)
                    : odd ? LocalDate.of(2027, 6, 30) : null;
            entries.add(new Entry(0, 0, "line " + (i + 2), "d" + i + ".contoso.com", i % 8 == 3 ? KeyKind.WILDCARD : KeyKind.EXACT,
                    odd ? null : "u" + i + "@contoso.com", i % 4 == 0 ? null : "imap",
                    target, target == null ? null : i % 3 == 0 ? "mail.%EMAILDOMAIN%" : target,
                    target == null ? TargetKind.NONE : TargetKind.NAME, i % 6 == 0 ? null : 993 - (i % 2) * 400,
                    odd ? "ssl" : null, i % 3 == 0 ? "%EMAILADDRESS%" : null, odd ? "team-" + (i % 3) : null,
                    "justification 'quoted' " + i, created, expires, i % 11 == 0 ? LocalDate.of(2026, 2, 28) : null,
                    odd ? "prod" : null, "v" + (i % 2), i % 9 == 0 ? Map.of() : Map.of("note", "row " + i + "\t\"x\""),
                    new NameFacts("d" + i + ".contoso.com", "contoso.com", null, true),
                    target == null ? null : new NameFacts(target, "contoso.com", null, true)));
        }
        return entries;
    }

    /** As an import writes: encoded (on one thread here), then bound in buffers of 64 rows and a shorter tail. */
    private static void write(Connection c, long snapshotId, List<Entry> entries, int maxShapes) throws Exception {
        c.setAutoCommit(false);
        EntryEncoder encoder = new EntryEncoder(new EntryShapes(count(c, "SELECT ifnull(max(id), 0) + 1 FROM entry_shapes"),
                maxShapes));
        try (EntryInserts inserts = new EntryInserts(c, snapshotId)) {
            EncodedEntry[] buffer = new EncodedEntry[EntryInserts.ROWS_PER_INSERT];
            for (int at = 0; at < entries.size(); at += buffer.length) {
                int size = Math.min(buffer.length, entries.size() - at);
                Arrays.fill(buffer, null);
                for (int i = 0; i < size; i++) {
                    buffer[i] = encoder.encode(entries.get(at + i));
                }
                inserts.write(buffer, size);
            }
            c.commit();
        }
        c.setAutoCommit(true);
    }

    /** Every stored column but the id, each value with its SQLite type. */
    private static List<List<Object>> rows(Connection c) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM entries ORDER BY id")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                row.add(rs.getString("source_row"));
                for (int i = 2; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    row.add(value == null ? null : value.getClass().getSimpleName() + ":" + value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private Path workspace(String name) throws WorkspaceException {
        Path file = dir.resolve(name);
        Workspace.open(file).close();
        return file;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
