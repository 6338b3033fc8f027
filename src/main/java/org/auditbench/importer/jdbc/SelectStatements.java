package org.auditbench.importer.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.SourceSelection;

/**
 * The only SQL an import sends to a source: {@code SELECT * FROM} a table or view whose name is taken
 * from the database's own metadata and quoted, or the user's query after checking it is one SELECT
 * (or WITH ... SELECT) statement. The connection is read-only as well, so a query that tries to write
 * anyway fails in the database.
 */
public final class SelectStatements {

    private SelectStatements() {
    }

    /** A table or view as the database names it. */
    public record Table(String catalog, String schema, String name, String type) {
        String qualified() {
            StringBuilder out = new StringBuilder();
            if (schema != null && !schema.isEmpty()) {
                out.append(schema).append('.');
            } else if (catalog != null && !catalog.isEmpty()) {
                out.append(catalog).append('.');
            }
            return out.append(name).toString();
        }

        @Override
        public String toString() {
            return qualified() + " (" + type.toLowerCase(Locale.ROOT) + ")";
        }
    }

    /** Every table and view the connection can see, system schemas left out. */
    public static List<Table> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<Table> out = new ArrayList<>();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), null, "%", new String[] {"TABLE", "VIEW"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema != null && isSystemSchema(schema)) {
                    continue;
                }
                out.add(new Table(rs.getString("TABLE_CAT"), schema, rs.getString("TABLE_NAME"), rs.getString("TABLE_TYPE")));
            }
        }
        return out;
    }

    private static boolean isSystemSchema(String schema) {
        String s = schema.toLowerCase(Locale.ROOT);
        return s.equals("information_schema") || s.equals("pg_catalog") || s.startsWith("pg_toast")
                || s.equals("sys") || s.equals("mysql") || s.equals("performance_schema");
    }

    /** How an importer settles the table when the user named neither a table nor a query. */
    @FunctionalInterface
    public interface UnnamedTable {
        /** The table or view to read, or an {@link ImportException} asking for one and listing what there is. */
        String table(Connection connection, String source) throws SQLException, ImportException;
    }

    /**
     * The SELECT for what the user chose: their query, checked, before any table; else the table they named;
     * else the one {@code unnamed} settles on.
     */
    public static String forSelection(Connection connection, String source, SourceSelection selection,
                                      UnnamedTable unnamed) throws SQLException, ImportException {
        if (selection.query() != null) {
            return checkQuery(source, selection.query());
        }
        String table = selection.table() != null ? selection.table() : unnamed.table(connection, source);
        return selectTable(connection, source, table);
    }

    /** {@code SELECT * FROM "schema"."table"} for the one table or view {@code wanted} names. */
    public static String selectTable(Connection connection, String source, String wanted)
            throws SQLException, ImportException {
        List<Table> all = tables(connection);
        String wantedSchema = null;
        String wantedName = wanted;
        int dot = wanted.lastIndexOf('.');
        if (dot > 0) {
            wantedSchema = wanted.substring(0, dot);
            wantedName = wanted.substring(dot + 1);
        }
        List<Table> matches = new ArrayList<>();
        for (Table t : all) {
            boolean nameMatches = t.name().equalsIgnoreCase(wantedName);
            boolean schemaMatches = wantedSchema == null || wantedSchema.equalsIgnoreCase(t.schema())
                    || wantedSchema.equalsIgnoreCase(t.catalog());
            if (nameMatches && schemaMatches) {
                matches.add(t);
            }
        }
        String caseExact = wantedName;
        List<Table> exact = matches.stream().filter(t -> t.name().equals(caseExact)).toList();
        if (matches.size() > 1 && exact.size() == 1) {
            matches = exact;
        }
        if (matches.isEmpty()) {
            throw new ImportException(source + ": there is no table or view '" + wanted + "'; "
                    + (all.isEmpty() ? "the database has none this user can see"
                    : "tables and views: " + String.join(", ", all.stream().map(Table::toString).toList())));
        }
        if (matches.size() > 1) {
            throw new ImportException(source + ": '" + wanted + "' names several tables ("
                    + String.join(", ", matches.stream().map(Table::toString).toList()) + "); write schema.table");
        }
        Table table = matches.get(0);
        String quote = connection.getMetaData().getIdentifierQuoteString();
        String q = quote == null || quote.isBlank() ? "\"" : quote.strip();
        StringBuilder sql = new StringBuilder("SELECT * FROM ");
        if (table.schema() != null && !table.schema().isEmpty()) {
            sql.append(quoted(table.schema(), q)).append('.');
        } else if (table.catalog() != null && !table.catalog().isEmpty()) {
            sql.append(quoted(table.catalog(), q)).append('.');
        }
        return sql.append(quoted(table.name(), q)).toString();
    }

    static String quoted(String identifier, String quote) {
        return quote + identifier.replace(quote, quote + quote) + quote;
    }

    /** The query itself when it is a single SELECT (or WITH ... SELECT); otherwise an error saying why. */
    public static String checkQuery(String source, String query) throws ImportException {
        String body = stripLeadingComments(query).strip();
        String first = body.split("[\\s(]", 2)[0].toUpperCase(Locale.ROOT);
        if (!first.equals("SELECT") && !first.equals("WITH")) {
            throw new ImportException(source + ": --query must be a SELECT statement (it starts with '"
                    + (first.isEmpty() ? body : first) + "'); an import never sends anything but SELECT");
        }
        int end = statementEnd(body);
        if (end >= 0 && !body.substring(end + 1).strip().isEmpty()) {
            throw new ImportException(source + ": --query holds more than one statement; give exactly one SELECT");
        }
        return end >= 0 ? body.substring(0, end) : body;
    }

    /** Index of the first ';' outside quotes and comments, or -1. */
    private static int statementEnd(String sql) {
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? sql.length() : eol;
            } else if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? sql.length() : close + 1;
            } else if (c == ';') {
                return i;
            }
        }
        return -1;
    }

    private static String stripLeadingComments(String sql) {
        String s = sql.stripLeading();
        while (true) {
            if (s.startsWith("--")) {
                int eol = s.indexOf('\n');
                s = eol < 0 ? "" : s.substring(eol + 1).stripLeading();
            } else if (s.startsWith("/*")) {
                int close = s.indexOf("*/");
                s = close < 0 ? "" : s.substring(close + 2).stripLeading();
            } else {
                return s;
            }
        }
    }
}
