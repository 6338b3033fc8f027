package org.auditbench.importer.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.Importer;
import org.auditbench.importer.RecordReader;
import org.auditbench.importer.SourceSelection;

/**
 * A table, view or SELECT of a database server over JDBC (PostgreSQL and MariaDB/MySQL drivers are
 * bundled). The connection is read-only and inside a read-only transaction (PostgreSQL: the driver's
 * BEGIN READ ONLY; MariaDB/MySQL: SET SESSION TRANSACTION READ ONLY, the one statement sent besides the
 * SELECT), so even a query that slips a write past {@link SelectStatements#checkQuery} fails in the
 * server. The password comes from the caller (an environment variable or a prompt), never from the URL,
 * and is never stored: the input's locator is the URL, which may not hold one.
 */
public final class JdbcImporter implements Importer {

    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)([?&;:]password=)[^&;]*");
    private static final int FETCH = 1_000;

    private final String user;
    private final char[] password;

    /** @param password may be null (trust authentication, or the driver's own sources such as .pgpass) */
    public JdbcImporter(String user, char[] password) {
        this.user = user;
        this.password = password == null ? null : password.clone();
    }

    /** The input for a JDBC URL: named and located by the URL, which must not hold a password. */
    public static ImportInput input(String url) throws ImportException {
        if (PASSWORD_IN_URL.matcher(url).find() || url.matches("(?i)^jdbc:[a-z]+://[^/@]*:[^/@]*@.*")) {
            throw new ImportException(redact(url) + ": the URL contains a password; remove it and give the password"
                    + " with --password-env VARIABLE or the --password prompt, so it is never stored or logged");
        }
        return new ImportInput(url, url, null, () -> {
            throw new java.io.IOException(url + " is a database connection, not a file");
        });
    }

    /** The URL with any password parameter blanked, for messages. */
    public static String redact(String url) {
        return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
    }

    @Override
    public String format() {
        return "jdbc";
    }

    @Override
    public boolean accepts(ImportInput input, byte[] head) {
        return input.name().toLowerCase(Locale.ROOT).startsWith("jdbc:");
    }

    @Override
    public RecordReader open(ImportInput input) throws ImportException {
        return open(input, SourceSelection.NONE);
    }

    @Override
    public RecordReader open(ImportInput input, SourceSelection selection) throws ImportException {
        String source = input.name();
        return SqlSources.readSelect(source, connect(source), connection -> SelectStatements.forSelection(
                connection, source, selection, JdbcImporter::refuseUnnamedTable), JdbcImporter::streamingStatement,
                "the database", null);
    }

    /** A server has too many tables to guess from: the user names one, told which there are. */
    private static String refuseUnnamedTable(Connection connection, String source)
            throws SQLException, ImportException {
        throw new ImportException(source + ": name what to import with --table NAME or --query \"SELECT ...\";"
                + " tables and views: " + String.join(", ", SelectStatements.tables(connection).stream()
                .map(SelectStatements.Table::toString).toList()));
    }

    /** With a fetch size (and autocommit off, see connect) the drivers stream rows instead of loading them all. */
    private static Statement streamingStatement(Connection connection) throws SQLException {
        Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH);
        return statement;
    }

    /** Tables and views the user can see, for {@code import --list}. */
    public List<SelectStatements.Table> tables(ImportInput input) throws ImportException {
        return SqlSources.listTables(input.name(), connect(input.name()));
    }

    private Connection connect(String url) throws ImportException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", new String(password));
        }
        boolean mysqlFamily = url.toLowerCase(Locale.ROOT).startsWith("jdbc:mariadb:")
                || url.toLowerCase(Locale.ROOT).startsWith("jdbc:mysql:");
        try {
            Connection connection = DriverManager.getConnection(url, properties);
            try {
                connection.setReadOnly(true);
                if (mysqlFamily) {
                    // The MariaDB driver takes setReadOnly as a replica-routing hint only; the server's own
                    // session setting is what makes any write fail. The one statement besides the SELECT.
                    try (Statement s = connection.createStatement()) {
                        s.execute("SET SESSION TRANSACTION READ ONLY");
                    }
                }
                connection.setAutoCommit(false); // a read-only transaction, and a cursor instead of all rows at once
                return connection;
            } catch (SQLException e) {
                SqlSources.closeQuietly(connection);
                throw new ImportException(url + ": cannot make the connection read-only, so nothing is read: "
                        + e.getMessage(), e);
            }
        } catch (SQLException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (e.getSQLState() != null && e.getSQLState().startsWith("08") && message.contains("No suitable driver")) {
                message = "no bundled driver handles this URL (PostgreSQL: jdbc:postgresql://..., MariaDB/MySQL:"
                        + " jdbc:mariadb://... or jdbc:mysql://...)";
            }
            throw new ImportException(url + ": cannot connect: " + message, e);
        } finally {
            properties.clear();
        }
    }

    /** Forgets the password held for this import. */
    public void clearPassword() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
