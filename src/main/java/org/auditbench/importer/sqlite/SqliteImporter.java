package org.auditbench.importer.sqlite;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.Importer;
import org.auditbench.importer.RecordReader;
import org.auditbench.importer.SourceDigest;
import org.auditbench.importer.SourceSelection;
import org.auditbench.importer.jdbc.SelectStatements;
import org.auditbench.importer.jdbc.SqlSources;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * A table, view or SELECT of a SQLite database file. The file is opened read-only ({@code mode=ro},
 * {@code query_only}, and {@code immutable} unless its write-ahead log holds data), so its bytes are the
 * same after the import and no journal files appear beside it; a file with exactly one table or view
 * needs no {@code --table}.
 */
public final class SqliteImporter implements Importer {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String format() {
        return "sqlite";
    }

    @Override
    public boolean accepts(ImportInput input, byte[] head) {
        if (head.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC)) {
            return true;
        }
        String ext = input.extension();
        return head.length == 0 && (ext.equals("sqlite") || ext.equals("sqlite3") || ext.equals("db3"));
    }

    @Override
    public RecordReader open(ImportInput input) throws ImportException {
        return open(input, SourceSelection.NONE);
    }

    @Override
    public RecordReader open(ImportInput input, SourceSelection selection) throws ImportException {
        if (input.path() == null) {
            throw new ImportException(input.name() + ": SQLite sources are read from a file");
        }
        String sha256 = SourceDigest.of(input);
        String source = input.name();
        return SqlSources.readSelect(source, connect(input), connection -> SelectStatements.forSelection(
                connection, source, selection, SqliteImporter::onlyTable), Connection::createStatement, "SQLite",
                sha256);
    }

    /** A file with exactly one table or view needs no --table; otherwise the user chooses. */
    private static String onlyTable(Connection connection, String source) throws SQLException, ImportException {
        List<SelectStatements.Table> tables = SelectStatements.tables(connection);
        if (tables.size() != 1) {
            throw new ImportException(source + ": " + (tables.isEmpty() ? "the database has no tables"
                    : "choose a table or view with --table NAME (or --query); it has "
                    + String.join(", ", tables.stream().map(SelectStatements.Table::toString).toList())));
        }
        return tables.get(0).name();
    }

    /** Tables and views of the file, for {@code import --list}. */
    public static List<SelectStatements.Table> tables(ImportInput input) throws ImportException {
        return SqlSources.listTables(input.name(), connect(input));
    }

    private static Connection connect(ImportInput input) throws ImportException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        String uri = "jdbc:sqlite:" + input.path().toUri().toString().replace("file:///", "file:/") + "?mode=ro"
                + (hasWalContent(input.path()) ? "" : "&immutable=1");
        try {
            Connection connection = DriverManager.getConnection(uri, config.toProperties());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA query_only = ON");
                // reading the schema fails here, with a clear message, when the file is not a database
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                    rs.next();
                }
            } catch (SQLException e) {
                SqlSources.closeQuietly(connection);
                throw new ImportException(input.name() + ": this is not a readable SQLite database: " + e.getMessage(), e);
            }
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new ImportException(input.name() + ": cannot open the SQLite file read-only: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the source has committed data still in its write-ahead log. Only then is it opened with
     * locking (which makes SQLite create -shm/-wal files beside it); otherwise it is opened immutable, so
     * nothing at all appears in the auditor's folder.
     */
    private static boolean hasWalContent(java.nio.file.Path file) {
        java.nio.file.Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return java.nio.file.Files.exists(wal) && java.nio.file.Files.size(wal) > 0;
        } catch (java.io.IOException e) {
            return true; // cannot tell: take the careful path that reads the log
        }
    }
}
