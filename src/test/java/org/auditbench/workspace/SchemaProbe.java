package org.auditbench.workspace;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What tests ask a workspace file's schema: a table's indexes, and the plan SQLite makes for a query. */
public final class SchemaProbe {

    private SchemaProbe() {
    }

    /** The names of the indexes on {@code table}. */
    public static List<String> indexes(Statement s, String table) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = '"
                + table + "'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** {@code EXPLAIN QUERY PLAN} of {@code sql}, one step per line. */
    public static String plan(Statement s, String sql) throws Exception {
        StringBuilder out = new StringBuilder();
        try (ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            while (rs.next()) {
                out.append(rs.getString(4)).append('\n');
            }
        }
        return out.toString();
    }
}
