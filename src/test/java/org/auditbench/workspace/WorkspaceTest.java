package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.auditbench.model.Entry;
import org.auditbench.model.KeyKind;
import org.auditbench.model.NameFacts;
import org.auditbench.model.Reject;
import org.auditbench.model.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void aNewWorkspaceHasTheLatestSchemaInWalModeWithForeignKeys() throws Exception {
        Path file = dir.resolve("new.db");
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.backup()).isNull();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(pragma(s, "user_version")).isEqualTo(String.valueOf(Workspace.schemaVersion()));
            assertThat(pragma(s, "application_id")).isEqualTo(String.valueOf(Workspace.APPLICATION_ID));
            assertThat(pragma(s, "journal_mode")).isEqualTo("wal");
        }
    }

    @Test
    void foreignKeysAreEnforced() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("fk.db"));
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.file() + "?foreign_keys=true");
             Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("INSERT INTO snapshots (source_id, kind, locator, started_at)"
                    + " VALUES (999, 'csv', 'x', 'now')")).hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void aWorkspaceFromANewerVersionIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("future.db");
        Workspace.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Workspace.schemaVersion() + 5));
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("newer version of Auditbench")
                .hasMessageContaining("schema " + (Workspace.schemaVersion() + 5));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void otherFilesAreRefusedWithAReason() throws Exception {
        Path text = dir.resolve("notes.db");
        Files.writeString(text, "just some notes");
        assertThatThrownBy(() -> Workspace.open(text)).hasMessageContaining("not a SQLite database");

        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE routes (domain TEXT, host TEXT)");
        }
        assertThatThrownBy(() -> Workspace.open(foreign)).hasMessageContaining("not an Auditbench workspace")
                .hasMessageContaining("import it as a source");

        assertThatThrownBy(() -> Workspace.open(dir.resolve("no/such/folder/w.db")))
                .hasMessageContaining("does not exist");
    }

    @Test
    void aSnapshotIsInvisibleUntilCommittedAndGoneWhenAbandoned() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("atomic.db"))) {
            SnapshotSpec spec = new SnapshotSpec("routes", "csv", "/tmp/routes.csv", "2026Q4", null, null,
                    Map.of("domain", "domain"));
            try (SnapshotWriter writer = ws.beginSnapshot(spec)) {
                writer.add(entry("fabrikam.com"));
                writer.reject(new Reject("line 3", "x,y", "bad"));
                // closed without commit
            }
            assertThat(ws.snapshots().all()).isEmpty();

            long id;
            try (SnapshotWriter writer = ws.beginSnapshot(spec)) {
                for (int i = 0; i < 5_000; i++) {
                    writer.add(entry("d" + i + ".fabrikam.com"));
                }
                writer.reject(new Reject("line 3", "x,y", "bad"));
                id = writer.commit("ab".repeat(32));
            }
            assertThat(ws.snapshots().all()).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo(id);
                assertThat(s.importedCount()).isEqualTo(5_000);
                assertThat(s.rejectedCount()).isEqualTo(1);
                assertThat(s.sourceName()).isEqualTo("routes");
                assertThat(s.label()).isEqualTo("2026Q4");
            });
            assertThat(ws.entries().count(id)).isEqualTo(5_000);
            assertThat(ws.snapshots().rejects(id, 10)).containsExactly(new Reject("line 3", "x,y", "bad"));
            assertThat(ws.snapshots().latestOf("routes")).isPresent();
        }
    }

    @Test
    void entriesRoundTripEveryField() throws Exception {
        Entry original = new Entry(0, 0, "line 9", "example.com", KeyKind.EXACT, "email@example.com", "imap",
                "imapgms.jnet.sei.co.jp", "imapgms.jnet.sei.co.jp:993", TargetKind.NAME, 993, "ssl", "%EMAILADDRESS%",
                "Mail Team", "legacy", java.time.LocalDate.of(2020, 2, 11), java.time.LocalDate.of(2027, 1, 1),
                java.time.LocalDate.of(2026, 3, 1), "prod", "fixed", Map.of("Ticket", "CHG-1", "Notes", "a \"quoted\" note"),
                new NameFacts("example.com", "example.com", "example.com", true),
                new NameFacts("imapgms.jnet.sei.co.jp", "sei.co.jp", null, true));
        try (Workspace ws = Workspace.open(dir.resolve("roundtrip.db"))) {
            long id;
            try (SnapshotWriter writer = ws.beginSnapshot(new SnapshotSpec("s", "csv", "x", null, null, null, null))) {
                writer.add(original);
                id = writer.commit("00");
            }
            Entry[] read = new Entry[1];
            ws.entries().<RuntimeException>forEach(id, e -> read[0] = e);
            assertThat(read[0]).usingRecursiveComparison().ignoringFields("id", "snapshotId").isEqualTo(original);
            assertThat(read[0].snapshotId()).isEqualTo(id);
        }
    }

    private static Entry entry(String domain) {
        return new Entry(0, 0, "line 2", domain, KeyKind.EXACT, null, "imap", "mail.contoso.com", null,
                TargetKind.NAME, 993, "ssl", null, "Mail Team", "hosted", null, null, null, "prod", "domain", Map.of(),
                NameFacts.NONE, NameFacts.NONE);
    }

    private static String pragma(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
