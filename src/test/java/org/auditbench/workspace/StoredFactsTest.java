package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
 * Name facts that repeat their row are stored empty, and read back whole: through the entry rows, the scan's
 * packed rows and the entries tree, and from rows written with full copies before.
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
                    new NameFacts("mail.fabrikam.com", "fabrikam.com", null, true)));

    @TempDir
    Path dir;

    @Test
    void repeatedNamesAreStoredEmptyAndReadBackWhole() throws Exception {
        Path file = dir.resolve("facts.db");
        long snapshot = write(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT domain_name, domain_registrable, target_name, target_registrable"
                     + " FROM entries ORDER BY id")) {
            List<String> stored = new ArrayList<>();
            while (rs.next()) {
                stored.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
            }
            assertThat(stored).containsExactly("|||contoso.com", "xn--bcher-kva.example|||", "|null||null",
                    "fabrikam.com||null|null", "null|null|mail.fabrikam.com|fabrikam.com");
        }
        assertReadsBack(file, snapshot);
    }

    @Test
    void rowsWrittenWithFullCopiesReadTheSame() throws Exception {
        Path file = dir.resolve("copies.db");
        long snapshot = write(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // what every import stored before: the name and the registrable domain in full
            s.executeUpdate("UPDATE entries SET domain_registrable = CASE WHEN domain_registrable = ''"
                    + " THEN coalesce(nullif(domain_name, ''), domain) ELSE domain_registrable END,"
                    + " target_registrable = CASE WHEN target_registrable = '' THEN coalesce(nullif(target_name, ''),"
                    + " target) ELSE target_registrable END");
            s.executeUpdate("UPDATE entries SET domain_name = CASE WHEN domain_name = '' THEN domain ELSE domain_name"
                    + " END, target_name = CASE WHEN target_name = '' THEN target ELSE target_name END");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM entries WHERE '' IN (domain_name,"
                    + " domain_registrable, target_name, target_registrable)")) {
                assertThat(rs.getLong(1)).isZero();
            }
        }
        assertReadsBack(file, snapshot);
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
            assertThat(summaries).extracting(EntrySummary::domainRegistrable)
                    .containsExactlyInAnyOrder("example.com", "xn--bcher-kva.example", null, "fabrikam.com", null);
            assertThat(summaries).extracting(EntrySummary::targetRegistrable)
                    .containsExactlyInAnyOrder("contoso.com", "contoso.com", null, null, "fabrikam.com");
        }
    }

    private static Entry entry(String domain, NameFacts domainFacts, String target, NameFacts targetFacts) {
        return new Entry(0, 0, "line 2", domain, KeyKind.EXACT, null, "imap", target, target,
                target == null ? TargetKind.NONE : TargetKind.NAME, 993, "ssl", null, "Mail Team", "hosted", null,
                null, null, "prod", "domain", Map.of(), domainFacts, targetFacts);
    }
}
