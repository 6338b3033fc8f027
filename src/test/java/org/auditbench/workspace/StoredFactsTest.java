package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.auditbench.model.Entry;
import org.auditbench.model.KeyKind;
import org.auditbench.model.NameFacts;
import org.auditbench.model.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Name facts are stored in one column per name, NULL in the common case, and read back whole: through the entry
 * rows, the scan's packed rows and the entries tree, and after migrating the eight columns of schema V10.
 */
class StoredFactsTest {

    /** Each entry: a domain and target with every kind of name fact a real import produces. */
    private static final List<Entry> ENTRIES = List.of(
            entry("example.com", new NameFacts("example.com", "example.com", "example.com", true),
                    "mail.contoso.com", new NameFacts("mail.contoso.com", "contoso.com", null, true)),
            entry("bücher.example", new NameFacts("xn--bcher-kva.example", "xn--bcher-kva.example", "example", false),
                    "contoso.com", new NameFacts("contoso.com", "contoso.com", null, true)),
            entry("co.jp", new NameFacts("co.jp", null, null, true),
                    "192.0.2.1", new NameFacts("192.0.2.1", null, "192.0.2.0/24", false)),
            entry("*.fabrikam.com", new NameFacts("fabrikam.com", "fabrikam.com", null, true),
                    null, NameFacts.NONE),
            entry("not a name", NameFacts.NONE, "mail.%EMAILDOMAIN%",
                    new NameFacts("mail.fabrikam.com", "fabrikam.com", null, true)),
            entry("^(a|b)\\.contoso\\.com$", new NameFacts("a|b\\N", "\\N", "x|y", true),
                    "contoso.com", new NameFacts("contoso.com", "contoso.com", null, true)));

    /** Rows of each entry in the V10 workspace: every other one stored with full copies, as before stop 12. */
    private static final int COPIES = 400;

    @TempDir
    Path dir;

    @Test
    void eachKindOfFactsIsStoredCompactlyAndReadBackWhole() throws Exception {
        Path file = dir.resolve("facts.db");
        long snapshot = write(file);
        List<String> stored = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT domain_facts, target_facts FROM entries ORDER BY id")) {
            while (rs.next()) {
                stored.add(rs.getString(1) + " / " + rs.getString(2));
            }
        }
        assertThat(stored).containsExactly(
                "||example.com|1 / |contoso.com||1",
                "xn--bcher-kva.example||example|0 / null",
                "|\\N||1 / |\\N|192.0.2.0/24|0",
                "fabrikam.com|||1 / ",
                " / mail.fabrikam.com|fabrikam.com||1",
                "a\\|b\\\\N|\\\\N|x\\|y|1 / null");
        assertReadsBack(file, snapshot);
    }

    @Test
    void everyFactRoundTripsThroughItsStoredForm() {
        for (Entry e : ENTRIES) {
            assertThat(StoredFacts.decode(StoredFacts.encode(e.domainFacts(), e.domain()), e.domain()))
                    .isEqualTo(e.domainFacts());
            assertThat(StoredFacts.decode(StoredFacts.encode(e.targetFacts(), e.target()), e.target()))
                    .isEqualTo(e.targetFacts());
        }
        assertThatThrownBy(() -> StoredFacts.decode("a|b", "x")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'a|b'");
    }

    /** A V10 workspace's eight columns, in both forms V10 wrote (full copies, and '' for a copy), migrate. */
    @Test
    void version10ColumnsMigrateToTheSameFacts() throws Exception {
        Path file = dir.resolve("v10.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + Workspace.APPLICATION_ID);
            Migrations.apply(c, 0, 10);
            s.execute("INSERT INTO workspace_info (key, value) VALUES ('created_at', '2026-11-01T00:00:00Z')");
            s.execute("INSERT INTO sources (id, name, created_at) VALUES (1, 's', '2026-11-01T00:00:00Z')");
            s.execute("INSERT INTO snapshots (id, source_id, kind, locator, started_at, complete)"
                    + " VALUES (1, 1, 'csv', 'x', '2026-11-01T00:00:00Z', 1)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO entries (snapshot_id, source_row, domain,"
                    + " key_kind, protocol, target, target_kind, port, owner, justification, environment, layer,"
                    + " domain_name, domain_registrable, domain_reserved, domain_known_suffix, target_name,"
                    + " target_registrable, target_reserved, target_known_suffix)"
                    + " VALUES (1, 'line 2', ?, 'exact', 'imap', ?, ?, 993, 'Mail Team', 'hosted', 'prod', 'domain',"
                    + " ?, ?, ?, ?, ?, ?, ?, ?)")) {
                // enough rows that rebuilding the table frees most of the file, which the upgrade then gives back
                for (int copy = 0; copy < COPIES; copy++) {
                    boolean copies = copy % 2 == 0;
                    for (Entry e : ENTRIES) {
                        insert.setString(1, e.domain());
                        insert.setString(2, e.target());
                        insert.setString(3, e.targetKind().id());
                        bindV10(insert, 4, e.domainFacts(), e.domain(), copies);
                        bindV10(insert, 8, e.targetFacts(), e.target(), copies);
                        insert.executeUpdate();
                    }
                }
            }
        }
        try (Workspace ws = Workspace.open(file)) {
            List<Entry> read = new ArrayList<>();
            ws.entries().<RuntimeException>forEach(1, read::add);
            assertThat(read).hasSize(COPIES * ENTRIES.size());
            for (int i = 0; i < read.size(); i++) {
                Entry expected = ENTRIES.get(i % ENTRIES.size());
                assertThat(read.get(i).domainFacts()).as("domain facts of %s", expected.domain())
                        .isEqualTo(expected.domainFacts());
                assertThat(read.get(i).targetFacts()).as("target facts of %s", expected.domain())
                        .isEqualTo(expected.targetFacts());
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pragma_table_info('entries')"
                     + " WHERE name IN ('domain_name', 'domain_registrable', 'domain_reserved', 'domain_known_suffix',"
                     + " 'target_name', 'target_registrable', 'target_reserved', 'target_known_suffix')")) {
            assertThat(rs.getInt(1)).as("the V10 fact columns are gone").isZero();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(rs.next()).as("a dangling reference after the rebuild").isFalse();
            }
            try (ResultSet rs = s.executeQuery("PRAGMA freelist_count")) {
                assertThat(rs.getInt(1)).as("pages the rebuild freed and the upgrade did not give back").isZero();
            }
            assertThat(SchemaProbe.indexes(s, "entry_rows")).contains("entry_rows_by_snapshot");
            assertThat(SchemaProbe.plan(s, "SELECT id FROM entries WHERE snapshot_id = 1"))
                    .contains("entry_rows_by_snapshot");
        }
    }

    /** The eight V10 columns: full copies, or '' for a value equal to the one it was derived from. */
    private static void bindV10(PreparedStatement insert, int first, NameFacts facts, String base, boolean copies)
            throws Exception {
        String name = facts.name();
        String registrable = facts.registrable();
        insert.setString(first, !copies && name != null && name.equals(base) ? "" : name);
        insert.setString(first + 1, !copies && registrable != null && registrable.equals(name) ? "" : registrable);
        insert.setString(first + 2, facts.reserved());
        insert.setInt(first + 3, facts.knownSuffix() ? 1 : 0);
    }

    private static long write(Path file) throws Exception {
        try (Workspace ws = Workspace.open(file);
             SnapshotWriter writer = ws.beginSnapshot(new SnapshotSpec("s", "csv", "x", null, null, null, null))) {
            for (Entry e : ENTRIES) {
                writer.add(e);
            }
            return writer.commit("00");
        }
    }

    private static void assertReadsBack(Path file, long snapshot) throws Exception {
        try (Workspace ws = Workspace.open(file)) {
            List<Entry> rows = new ArrayList<>();
            ws.entries().<RuntimeException>forEach(snapshot, rows::add);
            List<Entry> packed = new ArrayList<>();
            ws.entries().<RuntimeException>forEachPacked(snapshot,
                    (id, row) -> packed.add(EntryDao.unpack(id, snapshot, row)));
            for (List<Entry> read : List.of(rows, packed)) {
                assertThat(read).hasSize(ENTRIES.size());
                for (int i = 0; i < ENTRIES.size(); i++) {
                    assertThat(read.get(i).domainFacts()).as("domain facts of %s", ENTRIES.get(i).domain())
                            .isEqualTo(ENTRIES.get(i).domainFacts());
                    assertThat(read.get(i).targetFacts()).as("target facts of %s", ENTRIES.get(i).domain())
                            .isEqualTo(ENTRIES.get(i).targetFacts());
                }
            }
            EntryQuery all = new EntryQuery(List.of(snapshot), null, null, null, null, null);
            String group = ws.entryGroups().groups(all, EntryGrouping.LAYER, 10).groups().get(0).key();
            List<EntrySummary> summaries = ws.entryGroups().entries(all, EntryGrouping.LAYER, group, 0, 10);
            assertThat(summaries).extracting(EntrySummary::domainRegistrable).containsExactlyInAnyOrder(
                    "example.com", "xn--bcher-kva.example", null, "fabrikam.com", null, "\\N");
            assertThat(summaries).extracting(EntrySummary::targetRegistrable).containsExactlyInAnyOrder(
                    "contoso.com", "contoso.com", null, null, "fabrikam.com", "contoso.com");
            assertThat(summaries).extracting(EntrySummary::domainReserved).containsExactlyInAnyOrder(
                    "example.com", "example", null, null, null, "x|y");
        }
    }

    private static Entry entry(String domain, NameFacts domainFacts, String target, NameFacts targetFacts) {
        return new Entry(0, 0, "line 2", domain, KeyKind.EXACT, null, "imap", target, target,
                target == null ? TargetKind.NONE : TargetKind.NAME, 993, "ssl", null, "Mail Team", "hosted", null,
                null, null, "prod", "domain", Map.of(), domainFacts, targetFacts);
    }
}
