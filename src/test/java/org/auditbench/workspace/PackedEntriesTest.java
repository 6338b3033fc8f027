package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.model.Entry;
import org.auditbench.model.KeyKind;
import org.auditbench.model.NameFacts;
import org.auditbench.model.Snapshot;
import org.auditbench.model.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packed reads the scan uses — rows with their shape number and the snapshot's shapes loaded once, or whole rows
 * through the view when the shapes are not loaded — give exactly the entries the column-by-column read gives.
 */
class PackedEntriesTest {

    @TempDir
    Path dir;

    @Test
    void packedRowsUnpackToTheSameEntries() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWorkspace.build(file);
        try (Workspace ws = Workspace.open(file)) {
            for (Snapshot snapshot : ws.snapshots().all()) {
                List<Entry> plain = plain(ws, snapshot.id());
                assertThat(packed(ws, snapshot.id())).isNotEmpty().containsExactlyElementsOf(plain);
                assertThat(narrow(ws, snapshot.id())).containsExactlyElementsOf(plain);
            }
        }
    }

    /** Text that JSON had to escape, non-ASCII text, empty values and NULLs next to each other all come back. */
    @Test
    void awkwardValuesComeBackAsTheyWere() throws Exception {
        Path file = dir.resolve("awkward.db");
        long snapshot = write(file, List.of(
                entry("line 2", "quote\"back\\slash", Map.of("note", "tab\there\nnewline", "\"key\"", "{\"x\":[1]}")),
                entry("", "", Map.of("ünïcödé", "日本語 ☃ \uD83D\uDE00", "empty", "")),
                entry(null, null, Map.of()),
                entry("\u0001\u001f control", "x\u007fy", Map.of("nul", "a\u0000b"))));
        try (Workspace ws = Workspace.open(file)) {
            List<Entry> plain = plain(ws, snapshot);
            assertThat(plain).hasSize(4);
            assertThat(packed(ws, snapshot)).containsExactlyElementsOf(plain);
            assertThat(narrow(ws, snapshot)).containsExactlyElementsOf(plain);
            assertThat(plain.get(0).extra()).containsEntry("note", "tab\there\nnewline");
            assertThat(plain.get(1).sourceRow()).isEmpty();
            assertThat(plain.get(2).sourceRow()).isNull();
        }
    }

    /** A value that is not UTF-8 text (here a BLOB written by another program) is refused, naming the entry. */
    @Test
    void aValueThatIsNotTextIsRefusedNotMisread() throws Exception {
        Path file = dir.resolve("blob.db");
        long snapshot = write(file, List.of(entry("line 2", "Mail Team", Map.of()), entry("line 3", "Ops", Map.of())));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // the two entries have different owners, so each has a shape of its own
            s.executeUpdate("UPDATE entry_shapes SET owner = x'4afe4b'"
                    + " WHERE id = (SELECT shape_id FROM entry_rows WHERE source_row = 'line 2')");
            s.executeUpdate("UPDATE entry_shapes SET owner = x'4aff'"
                    + " WHERE id = (SELECT shape_id FROM entry_rows WHERE source_row = 'line 3')");
        }
        try (Workspace ws = Workspace.open(file)) {
            List<byte[]> rows = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            ws.entries().<RuntimeException>forEachPacked(snapshot, (id, row) -> {
                ids.add(id);
                rows.add(row);
            });
            assertThatThrownBy(() -> EntryDao.unpack(ids.get(0), snapshot, rows.get(0)))
                    .hasMessage("entry " + ids.get(0) + " cannot be read back from the workspace: it has more than"
                            + " " + EntryRows.PACKED_FIELDS + " values (a value holds bytes that are not UTF-8 text)");
            assertThatThrownBy(() -> EntryDao.unpack(ids.get(1), snapshot, rows.get(1)))
                    .hasMessageContaining("entry " + ids.get(1) + " cannot be read back")
                    .hasMessageEndingWith("a value holds bytes that are not UTF-8 text");

            // narrow: the shape is read once, and each entry with it is refused, naming the entry and the shape
            PackedShapes shapes = ws.entries().packedShapes(snapshot);
            List<byte[]> narrowRows = new ArrayList<>();
            ws.entries().<RuntimeException>forEachPacked(snapshot, shapes, (id, row) -> narrowRows.add(row));
            assertThat(shapes.loaded()).isTrue();
            assertThatThrownBy(() -> shapes.unpack(ids.get(0), snapshot, narrowRows.get(0)))
                    .hasMessageStartingWith("entry " + ids.get(0) + " cannot be read back from the workspace because"
                            + " shape ")
                    .hasMessageEndingWith("it has more than 12 values (a value holds bytes that are not UTF-8 text)");
            assertThatThrownBy(() -> shapes.unpack(ids.get(1), snapshot, narrowRows.get(1)))
                    .hasMessageStartingWith("entry " + ids.get(1) + " cannot be read back from the workspace because")
                    .hasMessageEndingWith("a value holds bytes that are not UTF-8 text");
        }
    }

    /** A snapshot with more shapes than a scan keeps is streamed whole, and reads the same. */
    @Test
    void tooManyShapesAreNotLoadedAndRowsComeWhole() throws Exception {
        Path file = dir.resolve("many.db");
        long snapshot = write(file, List.of(entry("line 2", "A", Map.of()), entry("line 3", "B", Map.of()),
                entry("line 4", "C", Map.of())));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(PackedShapes.load(c, snapshot, 2).loaded()).isFalse();
            assertThat(PackedShapes.load(c, snapshot, 3).loaded()).isTrue();
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(narrow(ws, snapshot)).hasSize(3).containsExactlyElementsOf(plain(ws, snapshot));
        }
    }

    /** A shape number the snapshot does not have is refused, naming the entry. */
    @Test
    void aRowWhoseShapeIsMissingIsRefused() throws Exception {
        Path file = dir.resolve("missing.db");
        long snapshot = write(file, List.of(entry("line 2", "A", Map.of())));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE entry_rows SET shape_id = 999");
        }
        try (Workspace ws = Workspace.open(file)) {
            PackedShapes shapes = ws.entries().packedShapes(snapshot);
            List<Long> ids = new ArrayList<>();
            List<byte[]> rows = new ArrayList<>();
            ws.entries().<RuntimeException>forEachPacked(snapshot, shapes, (id, row) -> {
                ids.add(id);
                rows.add(row);
            });
            assertThatThrownBy(() -> shapes.unpack(ids.get(0), snapshot, rows.get(0)))
                    .hasMessage("entry " + ids.get(0) + " cannot be read back from the workspace: its snapshot has no"
                            + " shape 999");
        }
    }

    private static List<Entry> plain(Workspace ws, long snapshot) throws WorkspaceException {
        List<Entry> plain = new ArrayList<>();
        ws.entries().<RuntimeException>forEach(snapshot, plain::add);
        return plain;
    }

    private static List<Entry> packed(Workspace ws, long snapshot) throws WorkspaceException {
        List<Entry> packed = new ArrayList<>();
        ws.entries().<RuntimeException>forEachPacked(snapshot,
                (id, row) -> packed.add(EntryDao.unpack(id, snapshot, row)));
        return packed;
    }

    /** As a scan reads: the snapshot's shapes once, then narrow rows (or whole ones, when the shapes are not loaded). */
    private static List<Entry> narrow(Workspace ws, long snapshot) throws WorkspaceException {
        PackedShapes shapes = ws.entries().packedShapes(snapshot);
        List<Entry> out = new ArrayList<>();
        ws.entries().<RuntimeException>forEachPacked(snapshot, shapes, (id, row) -> out.add(shapes.loaded()
                ? shapes.unpack(id, snapshot, row) : EntryDao.unpack(id, snapshot, row)));
        return out;
    }

    private static long write(Path file, List<Entry> entries) throws Exception {
        try (Workspace ws = Workspace.open(file);
             SnapshotWriter writer = ws.beginSnapshot(new SnapshotSpec("s", "csv", "x", null, null, null, null))) {
            for (Entry e : entries) {
                writer.add(e);
            }
            return writer.commit("00");
        }
    }

    private static Entry entry(String sourceRow, String owner, Map<String, String> extra) {
        return new Entry(0, 0, sourceRow, "contoso.com", KeyKind.EXACT, null, "imap", "mail.contoso.com", null,
                TargetKind.NAME, null, null, null, owner, null, LocalDate.of(2024, 2, 29), null, null, null, null,
                extra, new NameFacts("contoso.com", "contoso.com", null, true),
                new NameFacts("mail.contoso.com", "contoso.com", null, true));
    }
}
