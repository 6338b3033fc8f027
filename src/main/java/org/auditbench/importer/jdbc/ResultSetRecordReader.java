package org.auditbench.importer.jdbc;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.auditbench.importer.ColumnNames;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.RecordReader;
import org.auditbench.importer.SourceRecord;

/**
 * Streams the rows of one SELECT as text values. The digest is the source file's (SQLite) or, for a
 * database server, a SHA-256 over the column names and every value in order — "the same rows as last
 * quarter" is then detected the same way as an unchanged file.
 */
public final class ResultSetRecordReader implements RecordReader {

    private final String name;
    private final Connection connection;
    private final Statement statement;
    private final ResultSet rows;
    private final List<String> columns;
    private final int[] types;
    private final Hasher digest;
    private final String fileSha256;
    private long rowNumber;

    /**
     * @param fileSha256 the source file's digest, or null to digest the rows themselves
     */
    public ResultSetRecordReader(String name, Connection connection, Statement statement, ResultSet rows,
                                 String fileSha256) throws ImportException {
        this.name = name;
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.fileSha256 = fileSha256;
        try {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> names = new ArrayList<>();
            types = new int[meta.getColumnCount()];
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnLabel(i));
                types[i - 1] = meta.getColumnType(i);
            }
            this.columns = ColumnNames.unique(names);
        } catch (SQLException e) {
            throw new ImportException(name + ": cannot read the result's columns: " + e.getMessage(), e);
        }
        this.digest = fileSha256 == null ? Hashing.sha256().newHasher() : null;
        if (digest != null) {
            columns.forEach(c -> digest.putString(c, StandardCharsets.UTF_8).putByte((byte) 0));
        }
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public SourceRecord next() throws ImportException {
        try {
            if (!rows.next()) {
                return null;
            }
            rowNumber++;
            String[] values = new String[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value(i + 1);
                if (digest != null) {
                    if (values[i] == null) {
                        digest.putByte((byte) 1);
                    } else {
                        digest.putByte((byte) 2).putString(values[i], StandardCharsets.UTF_8).putByte((byte) 0);
                    }
                }
            }
            return new SourceRecord("row " + rowNumber, values);
        } catch (SQLException e) {
            throw new ImportException(name + ": row " + (rowNumber + 1) + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Text as the database shows it; binary columns as hex so nothing turns into mojibake. */
    private String value(int column) throws SQLException {
        int type = types[column - 1];
        if (type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB) {
            byte[] bytes = rows.getBytes(column);
            return bytes == null ? null : "0x" + com.google.common.io.BaseEncoding.base16().lowerCase().encode(bytes);
        }
        return rows.getString(column);
    }

    @Override
    public String rawText(SourceRecord record) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < record.values().length; i++) {
            out.append(i == 0 ? "" : " | ").append(columns.get(i)).append('=')
                    .append(record.values()[i] == null ? "NULL" : record.values()[i]);
        }
        return out.toString();
    }

    @Override
    public String sha256() {
        return fileSha256 != null ? fileSha256 : digest.hash().toString();
    }

    @Override
    public void close() throws ImportException {
        try (connection; statement; rows) {
            connection.rollback(); // a read-only transaction: nothing to keep, and nothing left open
        } catch (SQLException e) {
            throw new ImportException(name + ": " + e.getMessage(), e);
        }
    }
}
