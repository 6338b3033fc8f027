package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Column mappings saved by name, for reuse on the next import of the same kind of source. */
public final class MappingDao {

    private final Connection connection;

    MappingDao(Connection connection) {
        this.connection = connection;
    }

    public Optional<SavedMapping> find(String name) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT name, mapping, format, source_name, saved_at FROM saved_mappings WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read saved mapping '" + name + "': " + e.getMessage(), e);
        }
    }

    public List<SavedMapping> all() throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT name, mapping, format, source_name, saved_at FROM saved_mappings ORDER BY name");
             ResultSet rs = s.executeQuery()) {
            List<SavedMapping> out = new ArrayList<>();
            while (rs.next()) {
                out.add(read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read saved mappings: " + e.getMessage(), e);
        }
    }

    /** Saves (or replaces) a mapping in its own transaction. */
    public void save(String name, Map<String, String> mapping, String format, String sourceName)
            throws WorkspaceException {
        try {
            write(connection, name, mapping, format, sourceName);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot save mapping '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Inserts or replaces; joins whatever transaction the connection is in. */
    static void write(Connection connection, String name, Map<String, String> mapping, String format,
                      String sourceName) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO saved_mappings (name, mapping, format,"
                + " source_name, saved_at) VALUES (?,?,?,?,?) ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping,"
                + " format = excluded.format, source_name = excluded.source_name, saved_at = excluded.saved_at")) {
            s.setString(1, name);
            s.setString(2, Json.write(mapping));
            s.setString(3, format);
            s.setString(4, sourceName);
            s.setString(5, Workspace.now());
            s.executeUpdate();
        }
    }

    private static SavedMapping read(ResultSet rs) throws SQLException {
        Map<String, String> mapping = Json.readMap(rs.getString(2));
        return new SavedMapping(rs.getString(1), mapping, rs.getString(3), rs.getString(4),
                SnapshotDao.instant(rs.getString(5)));
    }
}
