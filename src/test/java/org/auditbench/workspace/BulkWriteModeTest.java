package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk write leaves the WAL with a small page cache when it has the workspace to itself, keeps the WAL with a
 * large one when another connection holds it open, and restores the workspace's settings either way.
 */
class BulkWriteModeTest {

    @TempDir
    Path dir;

    @Test
    void aloneItUsesARollbackJournalAndASmallCache() throws Exception {
        Path file = workspace();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            BulkWriteMode.enter(c);
            assertThat(pragma(c, "journal_mode")).isEqualTo("delete");
            assertThat(pragma(c, "cache_size")).isEqualTo("-2048");
            assertThat(pragma(c, "synchronous")).isEqualTo("0");
            BulkWriteMode.leave(c);
            assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(c, "cache_size")).isEqualTo(Workspace.CACHE_SIZE);
            assertThat(pragma(c, "synchronous")).isEqualTo("1");
        }
    }

    @Test
    void aWriteThatUpdatesAnIndexAtRandomGetsTheLargeCacheBack() throws Exception {
        Path file = workspace();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            BulkWriteMode.enter(c);
            BulkWriteMode.updatesIndexAtRandom(c);
            assertThat(pragma(c, "journal_mode")).isEqualTo("delete");
            assertThat(pragma(c, "cache_size")).isEqualTo("-262144");
            BulkWriteMode.leave(c);
            assertThat(pragma(c, "cache_size")).isEqualTo(Workspace.CACHE_SIZE);
        }
    }

    @Test
    void besideAnotherConnectionItStaysInWalModeWithALargeCache() throws Exception {
        Path file = workspace();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            pragma(other, "user_version"); // holds the file open in WAL mode
            BulkWriteMode.enter(c);
            assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(c, "cache_size")).isEqualTo("-262144");
            BulkWriteMode.leave(c);
            assertThat(pragma(c, "cache_size")).isEqualTo(Workspace.CACHE_SIZE);
        }
    }

    private Path workspace() throws WorkspaceException {
        Path file = dir.resolve("ws.db");
        Workspace.open(file).close();
        return file;
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
