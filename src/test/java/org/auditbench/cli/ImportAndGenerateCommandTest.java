package org.auditbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import and generate commands as a user types them. */
class ImportAndGenerateCommandTest {

    @TempDir
    Path temp;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        return AuditbenchCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void generateWritesCsvAndSqliteThatImport() throws Exception {
        Path csv = temp.resolve("gen.csv");
        assertThat(run("generate", "--entries", "2000", "--out", csv.toString(), "--seed", "5")).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(2001);
        Path db = temp.resolve("gen.db");
        assertThat(run("generate", "--entries", "500", "--out", db.toString(), "--format", "sqlite")).isZero();
        assertThat(out.toString()).contains("Wrote 2000 entries", "Wrote 500 entries");
        Path ws = temp.resolve("ws.db");
        assertThat(run("import", csv.toString(), "-w", ws.toString(), "--save-mapping", "provider")).isZero();
        assertThat(run("import", "--list", db.toString(), "-w", ws.toString())).isZero();
        assertThat(out.toString()).contains("autodiscover (table)");
        assertThat(run("import", db.toString(), "-w", ws.toString(), "--table", "autodiscover")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("as snapshot 2 of source 'gen.db#autodiscover': 500 entries");
        assertThat(run("import", csv.toString(), "-w", ws.toString(), "--mapping", "provider")).isZero();
        assertThat(out.toString()).contains("unchanged since snapshot 1");
    }

    @Test
    void jdbcPasswordsNeverComeFromTheUrlOrTheCommandLine() {
        Path ws = temp.resolve("ws.db");
        assertThat(run("import", "jdbc:postgresql://127.0.0.1/test?password=hunter2", "--table", "t", "-w", ws.toString()))
                .isEqualTo(AuditbenchCli.ERROR);
        assertThat(err.toString()).contains("contains a password").doesNotContain("hunter2");
        assertThat(run("import", "jdbc:postgresql://127.0.0.1/test", "--table", "t", "--password-env",
                "AUDITBENCH_SURELY_UNSET_VARIABLE", "-w", ws.toString())).isEqualTo(AuditbenchCli.ERROR);
        assertThat(err.toString()).contains("AUDITBENCH_SURELY_UNSET_VARIABLE", "is not set");
        assertThat(Files.exists(ws)).isFalse();
    }

    @Test
    void aFailedImportOfANewWorkspaceLeavesNoFile() throws Exception {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "[{\"domain\": ");
        Path ws = temp.resolve("new.db");
        assertThat(run("import", bad.toString(), "-w", ws.toString())).isEqualTo(AuditbenchCli.ERROR);
        assertThat(err.toString()).contains("bad.json: line 1");
        assertThat(Files.exists(ws)).isFalse();
    }
}
