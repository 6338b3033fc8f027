package org.auditbench.importer.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import org.auditbench.generate.ConfigGenerator;
import org.auditbench.importer.ImportHarness;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.ImportOptions;
import org.auditbench.importer.ImportResult;
import org.auditbench.importer.SourceSelection;
import org.auditbench.model.Entry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite source files: read-only, byte-identical afterwards, table, view or SELECT. */
class SqliteImporterTest {

    @TempDir
    Path temp;
    ImportHarness harness;
    Path source;

    @BeforeEach
    void open() throws Exception {
        harness = new ImportHarness(temp);
        source = temp.resolve("provider.db");
        try (SqliteRowSink sink = new SqliteRowSink(source, "autodiscover", ConfigGenerator.COLUMNS)) {
            new ConfigGenerator(11, 1).generate(300, sink);
        }
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void theOnlyTableImportsAndTheFileIsByteIdenticalAfterwards() throws Exception {
        String before = sha256(source);
        long modified = Files.getLastModifiedTime(source).toMillis();
        ImportResult result = harness.run(source);
        assertThat(result.format()).isEqualTo("sqlite");
        assertThat(result.imported() + result.rejected()).isEqualTo(300);
        assertThat(result.sha256()).isEqualTo(before);
        assertThat(sha256(source)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(source).toMillis()).isEqualTo(modified);
        assertThat(Files.exists(Path.of(source + "-journal"))).isFalse();
        assertThat(Files.exists(Path.of(source + "-wal"))).isFalse();
        Entry first = harness.entries().get(0);
        assertThat(first.sourceRow()).isEqualTo("row 1");
        assertThat(first.extra()).containsKey("id");
    }

    @Test
    void aViewOrASelectCanBeImportedAndTablesListed() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source); Statement s = c.createStatement()) {
            s.execute("CREATE VIEW imap_only AS SELECT * FROM autodiscover WHERE protocol = 'imap'");
        }
        assertThat(SqliteImporter.tables(ImportInput.of(source))).extracting(Object::toString)
                .containsExactlyInAnyOrder("autodiscover (table)", "imap_only (view)");
        harness.assertFailsWritingNothing(source, ImportOptions.defaults(), "provider.db",
                "choose a table or view with --table");
        ImportResult view = harness.run(source, ImportOptions.defaults().withSelection(
                new SourceSelection(null, "IMAP_ONLY", null, null)));
        assertThat(view.sourceName()).isEqualTo("provider.db#imap_only");
        assertThat(harness.entries()).allSatisfy(e -> assertThat(e.protocol()).isEqualTo("imap"));
        ImportResult query = harness.run(source, ImportOptions.defaults().withSelection(new SourceSelection(null, null,
                "-- just two\nSELECT domain, hostname FROM autodiscover ORDER BY id LIMIT 2;", null)));
        assertThat(query.imported()).isEqualTo(2);
    }

    @Test
    void onlySelectIsSent() throws Exception {
        for (String sql : new String[] {"DELETE FROM autodiscover", "SELECT 1; DROP TABLE autodiscover",
                "PRAGMA writable_schema = 1", "UPDATE autodiscover SET owner = 'x'"}) {
            harness.assertFailsWritingNothing(source, ImportOptions.defaults().withSelection(
                    new SourceSelection(null, null, sql, null)), "provider.db", "--query");
        }
        harness.assertFailsWritingNothing(source, ImportOptions.defaults().withSelection(new SourceSelection(null, null,
                "WITH gone AS (DELETE FROM autodiscover RETURNING *) SELECT * FROM gone", null)), "provider.db");
        harness.assertFailsWritingNothing(source, ImportOptions.defaults().withSelection(new SourceSelection(null,
                "autodiscover\"; DROP TABLE autodiscover; --", null, null)), "no table or view");
    }

    @Test
    void aWalModeSourceLeavesNoJournalFilesBehind() throws Exception {
        Path wal = temp.resolve("wal.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + wal); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE cfg (domain TEXT, host TEXT)");
            s.execute("INSERT INTO cfg VALUES ('a.example', 'imap.a.example')");
        }
        String before = sha256(wal);
        assertThat(harness.run(wal).imported()).isEqualTo(1);
        assertThat(sha256(wal)).isEqualTo(before);
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).filteredOn(n -> n.startsWith("wal.db"))
                    .containsExactly("wal.db");
        }
    }

    @Test
    void aFileThatIsNotADatabase() throws Exception {
        Path fake = temp.resolve("fake.sqlite");
        Files.writeString(fake, "SQLite format 3\0 but then nothing that makes sense".repeat(50));
        harness.assertFailsWritingNothing(fake, ImportOptions.defaults(), "fake.sqlite");
    }
}
