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
 * Rows that go in by shape number are stored exactly as rows whose every value is bound: same values, same types,
 * same order; a full dictionary or an unusual date falls back to binding; the shapes never reach the workspace.
 */
class EntryInsertsTest {

    private static final int ROWS = EntryInserts.ROWS_PER_INSERT * 5 + 7;

    @TempDir
    Path dir;

    @Test
    void rowsWrittenByShapeEqualRowsWrittenValueByValue() throws Exception {
        List<Entry> entries = entries(ROWS);
        Written shaped = write("shaped.db", entries, EntryShapes.MAX_SHAPES);
        Written bound = write("bound.db", entries, 0);

        assertThat(shaped.shapes()).isBetween(2L, 40L);
        assertThat(bound.shapes()).isZero();
        assertThat(shaped.rows()).hasSize(ROWS).isEqualTo(bound.rows());
        assertThat(shaped.rows()).extracting(row -> row.get(0)).isEqualTo(sourceRows(ROWS));
    }

    @Test
    void aFullDictionaryFallsBackToBindingEveryValue() throws Exception {
        List<Entry> entries = entries(ROWS);
        Written capped = write("capped.db", entries, 3);

        assertThat(capped.shapes()).isEqualTo(3);
        assertThat(capped.rows()).isEqualTo(write("bound.db", entries, 0).rows());
    }

    @Test
    void theShapesTableIsTemporaryAndGoneAfterwards() throws Exception {
        Path file = workspace("ws.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (EntryInserts inserts = new EntryInserts(c, 1, EntryShapes.MAX_SHAPES)) {
                inserts.write(entries(EntryInserts.ROWS_PER_INSERT).toArray(Entry[]::new), EntryInserts.ROWS_PER_INSERT);
                c.commit();
                assertThat(count(c, "SELECT count(*) FROM sqlite_schema WHERE name LIKE '%shape%'")).isZero();
                assertThat(count(c, "SELECT count(*) FROM " + EntryShapes.TABLE)).isPositive();
            }
            c.setAutoCommit(true);
            assertThat(count(c, "SELECT count(*) FROM sqlite_temp_schema WHERE name LIKE '%shape%'")).isZero();
        }
    }

    /** Every value that travels differently by shape: nulls, ports, templates, dates, years beyond 9999, extras. */
    private static List<Entry> entries(int count) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean odd = i % 2 == 1;
            String target = i % 5 == 0 ? null : "mail" + (i % 3) + ".contoso.com";
            LocalDate created = i % 7 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(i);
            // one row of the third batch has a date that does not fit ten characters: that batch is bound value by value
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

    private Written write(String name, List<Entry> entries, int maxShapes) throws Exception {
        Path file = workspace(name);
        long shapes;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (EntryInserts inserts = new EntryInserts(c, 1, maxShapes)) {
                Entry[] buffer = new Entry[EntryInserts.ROWS_PER_INSERT];
                for (int at = 0; at < entries.size(); at += buffer.length) {
                    int size = Math.min(buffer.length, entries.size() - at);
                    Arrays.fill(buffer, null);
                    entries.subList(at, at + size).toArray(buffer);
                    inserts.write(buffer, size);
                }
                shapes = count(c, "SELECT count(*) FROM " + EntryShapes.TABLE);
                c.commit();
            }
            c.setAutoCommit(true);
            return new Written(rows(c), shapes);
        }
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

    private static List<Object> sourceRows(int count) {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add("line " + (i + 2));
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

    private record Written(List<List<Object>> rows, long shapes) {
    }
}
