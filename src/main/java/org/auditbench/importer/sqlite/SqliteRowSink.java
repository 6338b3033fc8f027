package org.auditbench.importer.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.auditbench.generate.RowSink;

/**
 * Writes generated rows into a new SQLite file as one table — a source database for trying the SQLite
 * importer, never a workspace. The file is built under a temporary name and renamed when complete.
 */
public final class SqliteRowSink implements RowSink {

    private static final int BATCH = 10_000;

    private final Path target;
    private final Path partial;
    private final Connection connection;
    private final PreparedStatement insert;
    private final int columns;
    private int pending;

    public SqliteRowSink(Path file, String table, List<String> columnNames) throws IOException {
        this.target = file.toAbsolutePath();
        this.partial = target.resolveSibling(target.getFileName() + ".partial");
        this.columns = columnNames.size();
        try {
            Files.deleteIfExists(partial);
            connection = DriverManager.getConnection("jdbc:sqlite:" + partial);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
                StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(quote(table)).append(" (id INTEGER PRIMARY KEY");
                for (String c : columnNames) {
                    ddl.append(", ").append(quote(c)).append(c.equals("port") ? " INTEGER" : " TEXT");
                }
                s.execute(ddl.append(')').toString());
            }
            connection.setAutoCommit(false);
            insert = connection.prepareStatement("INSERT INTO " + quote(table) + " (" + String.join(", ",
                    columnNames.stream().map(SqliteRowSink::quote).toList()) + ") VALUES ("
                    + "?,".repeat(columns - 1) + "?)");
        } catch (SQLException e) {
            throw new IOException("cannot create SQLite file " + partial + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void row(String[] values) throws IOException {
        try {
            for (int i = 0; i < columns; i++) {
                String v = values[i];
                insert.setString(i + 1, v == null || v.isEmpty() ? null : v);
            }
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        } catch (SQLException e) {
            throw new IOException("cannot write to " + partial + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (pending > 0) {
                insert.executeBatch();
            }
            connection.commit();
            insert.close();
            connection.close();
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException e) {
            throw new IOException("cannot finish " + partial + ": " + e.getMessage(), e);
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
