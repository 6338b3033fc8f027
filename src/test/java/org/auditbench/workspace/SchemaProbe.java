package org.auditbench.workspace;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What tests ask a workspace file's schema: a table's indexes, and the plan SQLite makes for a query. */
public final class SchemaProbe {

    private SchemaProbe() {
    }

    /**
     * Gives a current workspace's entries the eight name-fact columns of schema V10 again, in place of V11's two,
     * for tests that lower {@code user_version} to replay the migrations after it. Every name is stored as a copy
     * of its domain or target (as V10 stored it); the facts themselves are not kept.
     */
    public static void entriesAsInVersion10(Statement s) throws Exception {
        for (String side : new String[] {"domain", "target"}) {
            s.execute("ALTER TABLE entries ADD COLUMN " + side + "_name TEXT");
            s.execute("ALTER TABLE entries ADD COLUMN " + side + "_registrable TEXT");
            s.execute("ALTER TABLE entries ADD COLUMN " + side + "_reserved TEXT");
            s.execute("ALTER TABLE entries ADD COLUMN " + side + "_known_suffix INTEGER NOT NULL DEFAULT 0");
            s.execute("UPDATE entries SET " + side + "_name = '', " + side + "_registrable = '', " + side
                    + "_known_suffix = 1 WHERE " + side + " IS NOT NULL");
            s.execute("ALTER TABLE entries DROP COLUMN " + side + "_facts");
        }
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
