package org.auditbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import jdbc:... --password}: the password is typed at a prompt (here: standard input), never an argument. */
class JdbcPasswordPromptTest {

    private static final String URL = "jdbc:mariadb://127.0.0.1:3306/test";

    @TempDir
    Path temp;

    @Test
    void thePromptedPasswordConnectsAndIsNeitherPrintedNorStored() throws Exception {
        Properties admin = new Properties();
        admin.setProperty("user", "root");
        admin.setProperty("connectTimeout", "3000");
        Connection connection;
        try {
            connection = DriverManager.getConnection(URL, admin);
        } catch (java.sql.SQLException e) {
            assumeTrue(false, URL + " is not reachable (" + e.getMessage() + "); prompt test skipped");
            return;
        }
        String user = "ab_prompt_" + Long.toHexString(System.nanoTime() & 0xffffff);
        String table = "ab_prompt_" + Long.toHexString(System.nanoTime() & 0xffffff);
        String password = "Prompted-" + Long.toHexString(System.nanoTime());
        InputStream stdin = System.in;
        try (connection; Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE " + table + " (domain VARCHAR(100), hostname VARCHAR(100))");
            s.execute("INSERT INTO " + table + " VALUES ('contoso.com', 'imap.contoso.com')");
            for (String host : new String[] {"%", "localhost"}) {
                s.execute("CREATE USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                s.execute("GRANT SELECT ON test." + table + " TO '" + user + "'@'" + host + "'");
            }
            try {
                System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                Path ws = temp.resolve("ws.db");
                int code = AuditbenchCli.run(new PrintWriter(out), new PrintWriter(err), "import", URL, "--user", user,
                        "--password", "--table", table, "-w", ws.toString());
                assertThat(code).as(err.toString()).isZero();
                assertThat(out.toString()).contains("1 entries").doesNotContain(password);
                assertThat(java.nio.file.Files.readAllBytes(ws)).asString(StandardCharsets.ISO_8859_1).doesNotContain(password);
            } finally {
                System.setIn(stdin);
                s.execute("DROP TABLE IF EXISTS " + table);
                for (String host : new String[] {"%", "localhost"}) {
                    s.execute("DROP USER IF EXISTS '" + user + "'@'" + host + "'");
                }
            }
        }
    }
}
