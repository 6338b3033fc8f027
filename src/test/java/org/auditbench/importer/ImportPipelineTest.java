package org.auditbench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.auditbench.generate.ConfigGenerator;
import org.auditbench.generate.CsvRowSink;
import org.auditbench.model.Entry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader thread and the writer together: order, counts, cancellation and failures half-way through. */
class ImportPipelineTest {

    @TempDir
    Path temp;
    ImportHarness harness;
    Path csv;

    @BeforeEach
    void open() throws Exception {
        harness = new ImportHarness(temp);
        csv = temp.resolve("big.csv");
        try (CsvRowSink sink = new CsvRowSink(csv, ConfigGenerator.COLUMNS)) {
            new ConfigGenerator(99, 1).generate(40_000, sink);
        }
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void manyBatchesArriveCompleteAndInSourceOrder() throws Exception {
        ImportResult result = harness.run(csv);
        assertThat(result.imported() + result.rejected()).isEqualTo(40_000);
        List<Entry> entries = harness.entries();
        assertThat(entries).hasSize((int) result.imported());
        for (int i = 1; i < entries.size(); i++) {
            int previous = Integer.parseInt(entries.get(i - 1).sourceRow().substring(5));
            assertThat(Integer.parseInt(entries.get(i).sourceRow().substring(5))).isGreaterThan(previous);
        }
        assertThat(entries.get(entries.size() - 1).sourceRow()).isEqualTo("line 40001");
        assertThat(result.sha256()).isEqualTo(SourceDigest.ofFile(csv));
    }

    @Test
    void theWorkspaceIsBackInWalModeAfterAnImportAndAnotherOpenConnectionDoesNotStopIt() throws Exception {
        harness.run(csv);
        Path file = harness.workspace.file();
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = other.createStatement()) {
            try (java.sql.ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
            try (java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM snapshots")) {
                rs.next(); // this connection now holds the file open, so the next import cannot leave WAL mode
            }
            ImportResult second = harness.run(csv, ImportOptions.defaults().withForce(true));
            assertThat(second.imported()).isPositive();
            try (java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM snapshots WHERE complete = 1")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void cancellingRollsEverythingBack() throws Exception {
        ImportListener cancelAtOnce = new ImportListener() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        int before = harness.workspace.snapshots().all().size();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ImportService(harness.workspace)
                        .run(ImportInput.of(csv), ImportOptions.defaults(), cancelAtOnce))
                .isInstanceOf(ImportException.class).hasMessageContaining("cancelled").hasMessageContaining("nothing was written");
        assertThat(harness.workspace.snapshots().all()).hasSize(before);
        assertThat(harness.run(csv).imported()).isPositive(); // the workspace is still usable
    }

    @Test
    void aReadFailureAfterThousandsOfWrittenRowsWritesNothing() throws Exception {
        byte[] bytes = Files.readAllBytes(csv);
        ImportInput failing = new ImportInput("flaky.csv", "test:flaky.csv", null, () -> new FilterInputStream(
                new ByteArrayInputStream(bytes)) {
            private long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read > bytes.length / 2) {
                    throw new IOException("the network share went away");
                }
                int n = super.read(b, off, len);
                read += Math.max(n, 0);
                return n;
            }
        });
        harness.assertFailsWritingNothing(null, failing, ImportOptions.defaults(), "flaky.csv",
                "the network share went away");
    }
}
