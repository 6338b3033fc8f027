package org.auditbench.importer.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.auditbench.importer.ImportHarness;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.ImportOptions;
import org.auditbench.importer.ImportResult;
import org.auditbench.importer.SourceSelection;
import org.auditbench.model.Entry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against the running PostgreSQL and MariaDB: a configuration table imported over JDBC, by a role that
 * may only SELECT; the session is read-only; a query that would write never runs; a wrong password is
 * a clear error and the workspace stays as it was. Skipped with a message where a server is absent.
 */
class JdbcImporterIntegrationTest {

    private static final String TABLE = "ab_config_" + Long.toHexString(System.nanoTime() & 0xffffff);
    private static final String READER = "ab_reader_" + Long.toHexString(System.nanoTime() & 0xffffff);
    private static final String READER_PASSWORD = "Reader-" + Long.toHexString(System.nanoTime());

    @TempDir
    Path temp;
    ImportHarness harness;
    Connection admin;
    boolean postgres;

    @AfterEach
    void cleanUp() throws Exception {
        if (harness != null) {
            harness.close();
        }
        if (admin != null) {
            try (Statement s = admin.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + TABLE);
                if (postgres) {
                    s.execute("DROP ROLE IF EXISTS " + READER);
                } else {
                    s.execute("DROP USER IF EXISTS '" + READER + "'@'%'");
                    s.execute("DROP USER IF EXISTS '" + READER + "'@'localhost'");
                }
            }
            admin.close();
        }
    }

    private void connect(String url, String user) throws Exception {
        String[] why = new String[1];
        admin = DatabaseServers.admin(url, user, why);
        assumeTrue(admin != null, why[0]);
        postgres = url.contains("postgresql");
        harness = new ImportHarness(temp);
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE TABLE " + TABLE + " (id INTEGER PRIMARY KEY, domain VARCHAR(200), protocol VARCHAR(20),"
                    + " hostname VARCHAR(200), port INTEGER, owner VARCHAR(100), expires DATE, notes VARCHAR(200))");
            s.execute("INSERT INTO " + TABLE + " VALUES (1, 'email@example.com', 'imap', 'imapgms.jnet.sei.co.jp', 993,"
                    + " NULL, NULL, 'the incident'), (2, 'contoso.com', 'smtp', 'smtp.contoso.com', 587, 'Mail Team',"
                    + " DATE '2027-06-30', NULL), (3, 'fabrikam.com', 'imap', 'imap.contoso.com', 993, 'Mail Team',"
                    + " DATE '2026-01-31', 'expired')");
            if (postgres) {
                s.execute("CREATE ROLE " + READER + " LOGIN PASSWORD '" + READER_PASSWORD + "'");
                s.execute("GRANT SELECT ON " + TABLE + " TO " + READER);
            } else {
                for (String host : new String[] {"%", "localhost"}) {
                    s.execute("CREATE USER '" + READER + "'@'" + host + "' IDENTIFIED BY '" + READER_PASSWORD + "'");
                    s.execute("GRANT SELECT ON test." + TABLE + " TO '" + READER + "'@'" + host + "'");
                }
            }
        }
    }

    private int rows() throws Exception {
        try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + TABLE)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static ImportOptions table(String t) {
        return ImportOptions.defaults().withSelection(new SourceSelection(null, t, null, null));
    }

    private static ImportOptions query(String q) {
        return ImportOptions.defaults().withSelection(new SourceSelection(null, null, q, null));
    }

    private void aSelectOnlyRoleImportsTheTable(String url) throws Exception {
        JdbcImporter reader = new JdbcImporter(READER, READER_PASSWORD.toCharArray());
        ImportResult result = harness.run(reader, JdbcImporter.input(url), table(TABLE.toUpperCase(Locale.ROOT)));
        assertThat(result.format()).isEqualTo("jdbc");
        assertThat(result.imported()).isEqualTo(3);
        List<Entry> entries = harness.entries();
        assertThat(entries).extracting(Entry::domain).containsExactly("example.com", "contoso.com", "fabrikam.com");
        assertThat(entries.get(0).address()).isEqualTo("email@example.com");
        assertThat(entries.get(1).expires()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(entries.get(2).extra()).containsEntry("notes", "expired").containsEntry("id", "3");
        assertThat(harness.workspace.snapshots().byId(result.snapshotId())).get()
                .satisfies(s -> assertThat(s.locator()).isEqualTo(url + " (table " + TABLE.toUpperCase(Locale.ROOT) + ")")
                        .doesNotContain(READER_PASSWORD));
        ImportResult again = harness.run(reader, JdbcImporter.input(url), table(TABLE.toUpperCase(Locale.ROOT)));
        assertThat(again.unchanged()).isTrue();
    }

    private void theSessionIsReadOnly(String url, String user, String readOnlyExpression, String expected) throws Exception {
        JdbcImporter owner = new JdbcImporter(user, null);
        harness.run(owner, JdbcImporter.input(url), query("SELECT 'ro.example' AS domain, " + readOnlyExpression
                + " AS read_only"));
        assertThat(harness.entries()).singleElement().satisfies(e ->
                assertThat(e.extra().get("read_only")).isEqualToIgnoringCase(expected));
    }

    private void statementsOtherThanSelectAreNeverSent(String url, String user) throws Exception {
        JdbcImporter owner = new JdbcImporter(user, null);
        for (String sql : new String[] {"DELETE FROM " + TABLE, "SELECT 1; DELETE FROM " + TABLE,
                "UPDATE " + TABLE + " SET owner = NULL", "DROP TABLE " + TABLE}) {
            harness.assertFailsWritingNothing(owner, JdbcImporter.input(url), query(sql), "--query");
        }
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void postgresql() throws Exception {
        connect(DatabaseServers.POSTGRES_URL, DatabaseServers.POSTGRES_ADMIN);
        aSelectOnlyRoleImportsTheTable(DatabaseServers.POSTGRES_URL);
        theSessionIsReadOnly(DatabaseServers.POSTGRES_URL, DatabaseServers.POSTGRES_ADMIN,
                "current_setting('transaction_read_only')", "on");
        statementsOtherThanSelectAreNeverSent(DatabaseServers.POSTGRES_URL, DatabaseServers.POSTGRES_ADMIN);
        // a data-modifying CTE passes as "WITH ... SELECT" but the read-only transaction stops it in the server
        harness.assertFailsWritingNothing(new JdbcImporter(DatabaseServers.POSTGRES_ADMIN, null),
                JdbcImporter.input(DatabaseServers.POSTGRES_URL),
                query("WITH gone AS (DELETE FROM " + TABLE + " RETURNING *) SELECT * FROM gone"), "read-only");
        assertThat(rows()).isEqualTo(3);
        harness.assertFailsWritingNothing(new JdbcImporter(READER, READER_PASSWORD.toCharArray()),
                JdbcImporter.input("jdbc:postgresql://127.0.0.1:5432/no_such_database_here"), table(TABLE),
                "jdbc:postgresql://127.0.0.1:5432/no_such_database_here", "cannot connect");
    }

    @Test
    void mariadb() throws Exception {
        connect(DatabaseServers.MARIADB_URL, DatabaseServers.MARIADB_ADMIN);
        aSelectOnlyRoleImportsTheTable(DatabaseServers.MARIADB_URL);
        theSessionIsReadOnly(DatabaseServers.MARIADB_URL, DatabaseServers.MARIADB_ADMIN, "@@session.tx_read_only",
                "1");
        statementsOtherThanSelectAreNeverSent(DatabaseServers.MARIADB_URL, DatabaseServers.MARIADB_ADMIN);
        String message = harness.assertFailsWritingNothing(new JdbcImporter(READER, "wrong-password".toCharArray()),
                JdbcImporter.input(DatabaseServers.MARIADB_URL), table(TABLE), DatabaseServers.MARIADB_URL,
                "cannot connect", "Access denied");
        assertThat(message).doesNotContain("wrong-password");
    }

    @Test
    void aPasswordInTheUrlIsRefusedBeforeConnecting() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        JdbcImporter.input("jdbc:postgresql://127.0.0.1/test?user=x&password=hunter2"))
                .hasMessageContaining("--password-env").hasMessageNotContaining("hunter2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        JdbcImporter.input("jdbc:mysql://admin:hunter2@db.example/test"))
                .hasMessageContaining("contains a password");
    }

    @Test
    void listsTablesForTheImportCommand() throws Exception {
        connect(DatabaseServers.POSTGRES_URL, DatabaseServers.POSTGRES_ADMIN);
        ImportInput input = JdbcImporter.input(DatabaseServers.POSTGRES_URL);
        assertThat(new JdbcImporter(DatabaseServers.POSTGRES_ADMIN, null).tables(input)).extracting(Object::toString)
                .contains("public." + TABLE + " (table)");
    }
}
