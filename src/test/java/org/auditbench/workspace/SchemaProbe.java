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
     * and the one wide table before V12's rows and shapes, for tests that lower {@code user_version} to replay the
     * migrations after it. Every name is stored as a copy of its domain or target (as V10 stored it); the facts
     * themselves are not kept. Needs a connection with foreign keys off.
     */
    public static void entriesAsInVersion10(Statement s) throws Exception {
        entriesAsInVersion11(s);
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

    /**
     * Joins a current workspace's entry rows and shapes back into V11's one table {@code entries} (the shape columns
     * come last, which no migration minds); findings keep pointing at it, as they did before V12.
     */
    public static void entriesAsInVersion11(Statement s) throws Exception {
        String[] shapeColumns = {"key_kind", "protocol", "target", "target_raw", "target_kind", "port", "encryption",
            "username", "owner", "environment", "layer", "target_facts"};
        s.execute("DROP VIEW entries");
        s.execute("ALTER TABLE entry_rows RENAME TO entries");
        for (String column : shapeColumns) {
            s.execute("ALTER TABLE entries ADD COLUMN " + column + (column.equals("port") ? " INTEGER" : " TEXT"));
        }
        String columns = String.join(", ", shapeColumns);
        s.execute("UPDATE entries SET (" + columns + ") = (SELECT " + columns
                + " FROM entry_shapes WHERE entry_shapes.id = entries.shape_id)");
        s.execute("DROP INDEX entry_rows_by_snapshot");
        s.execute("ALTER TABLE entries DROP COLUMN shape_id");
        s.execute("DROP TABLE entry_shapes");
        s.execute("CREATE INDEX entries_by_snapshot ON entries (snapshot_id)");
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
