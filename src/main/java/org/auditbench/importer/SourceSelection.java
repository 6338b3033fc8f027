package org.auditbench.importer;

import java.util.Locale;

/**
 * Which part of a source to import, for formats that hold several: a worksheet of a workbook, a table,
 * view or SELECT of a database, the origin of a zone file whose names are relative. All may be null.
 *
 * @param sheet  XLSX worksheet name (or its 1-based position); null for the first sheet
 * @param table  SQLite/JDBC table or view, optionally {@code schema.table}
 * @param query  SQLite/JDBC {@code SELECT} statement, instead of a table
 * @param origin zone file origin for relative names, when the file has no {@code $ORIGIN}
 */
public record SourceSelection(String sheet, String table, String query, String origin) {

    public static final SourceSelection NONE = new SourceSelection(null, null, null, null);

    public SourceSelection {
        sheet = blankToNull(sheet);
        table = blankToNull(table);
        query = blankToNull(query);
        origin = blankToNull(origin);
    }

    /** A short description appended to the source name and locator ({@code table CONFIG}), or null. */
    public String describe() {
        if (table != null) {
            return "table " + table;
        }
        if (query != null) {
            return "query";
        }
        if (sheet != null) {
            return "sheet " + sheet;
        }
        return null;
    }

    /** The part of {@link #describe()} that distinguishes sources of the same file ({@code #config}). */
    public String sourceSuffix() {
        if (table != null) {
            return "#" + table.toLowerCase(Locale.ROOT);
        }
        if (sheet != null) {
            return "#" + sheet;
        }
        return query != null ? "#query" : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
