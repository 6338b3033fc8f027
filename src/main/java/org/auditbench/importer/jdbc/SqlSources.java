package org.auditbench.importer.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.RecordReader;

/**
 * What both SQL importers (a database server, a SQLite file) do with their read-only connection once it is
 * open. Until a {@link ResultSetRecordReader} owns the connection, every failure closes it here, so an import
 * that cannot start never leaves a connection (or a lock on the auditor's file) behind.
 */
public final class SqlSources {

    private SqlSources() {
    }

    /** Chooses the one SELECT to run: the user's checked query, a quoted table, or a refusal saying what exists. */
    @FunctionalInterface
    public interface SelectChoice {
        String sql(Connection connection) throws SQLException, ImportException;
    }

    /** Creates the statement the SELECT runs on, with whatever the driver needs to stream rather than load all. */
    @FunctionalInterface
    public interface StatementFactory {
        Statement create(Connection connection) throws SQLException;
    }

    /**
     * Runs the chosen SELECT and hands its rows over as records; the reader then closes the connection.
     *
     * @param database   who refused a failing SELECT, as messages name it ("the database", "SQLite")
     * @param fileSha256 the source file's digest, or null to digest the rows themselves
     */
    public static RecordReader readSelect(String source, Connection connection, SelectChoice choice,
                                          StatementFactory statements, String database, String fileSha256)
            throws ImportException {
        try {
            String sql = choice.sql(connection);
            Statement statement = statements.create(connection);
            ResultSet rows;
            try {
                rows = statement.executeQuery(sql);
            } catch (SQLException e) {
                statement.close();
                throw new ImportException(source + ": " + database + " refused the SELECT: " + e.getMessage(), e);
            }
            return new ResultSetRecordReader(source, connection, statement, rows, fileSha256);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new ImportException(source + ": " + e.getMessage(), e);
        } catch (ImportException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** The tables and views {@code connection} sees, for {@code import --list}; the connection is closed after. */
    public static List<SelectStatements.Table> listTables(String source, Connection connection)
            throws ImportException {
        try (connection) {
            return SelectStatements.tables(connection);
        } catch (SQLException e) {
            throw new ImportException(source + ": " + e.getMessage(), e);
        }
    }

    /** Closes a connection that is being given up because of another error. */
    public static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the error that made us close is the one to report
        }
    }
}
