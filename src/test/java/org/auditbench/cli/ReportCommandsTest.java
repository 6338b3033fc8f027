package org.auditbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.report.TestKeys;
import org.auditbench.report.excel.ExcelReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report, verify-report and decisions as a user runs them: exit codes, messages, files left behind. */
class ReportCommandsTest {

    static final String PASSWORD_VARIABLE = "AUDITBENCH_TEST_KEYSTORE_PASSWORD";

    @TempDir
    static Path dir;
    static String db;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AuditbenchCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void demo() throws Exception {
        DemoWorkspace.build(dir.resolve("demo.db"));
        db = dir.resolve("demo.db").toString();
    }

    @Test
    void reportWritesTheWorkbookAndPrintsItsHash() throws Exception {
        Path out = dir.resolve("q4.xlsx");
        Run run = run("report", "-w", db, "--out", out.toString(), "--period", "2026Q4", "--reviewer", "A. Auditor");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("review 2026Q4", "Summary, Findings, Entries by owner",
                "SHA-256 of the report: " + ExcelReport.sha256(out));
    }

    @Test
    void badRequestsFailWithOneLineAndWriteNothing() throws Exception {
        Path out = dir.resolve("never.xlsx");
        Run period = run("report", "-w", db, "--out", out.toString(), "--period", "2026Q9");
        assertThat(period.code()).isEqualTo(AuditbenchCli.ERROR);
        assertThat(period.err()).contains("period '2026Q9' is not a quarter");
        Run noPassword = run("report", "-w", db, "--out", out.toString(), "--sign", "x.p12");
        assertThat(noPassword.code()).isEqualTo(AuditbenchCli.ERROR);
        assertThat(noPassword.err()).contains("--sign needs --keystore-password-env");
        Run unsetVariable = run("report", "-w", db, "--out", out.toString(), "--sign", "x.p12",
                "--keystore-password-env", "AUDITBENCH_SURELY_UNSET_VARIABLE");
        assertThat(unsetVariable.err()).contains("AUDITBENCH_SURELY_UNSET_VARIABLE", "is not set");
        Run folder = run("report", "-w", db, "--out", dir.resolve("missing/folder/r.xlsx").toString());
        assertThat(folder.code()).isEqualTo(AuditbenchCli.ERROR);
        assertThat(folder.err()).contains("does not exist");
        Run notXlsx = run("report", "-w", db, "--out", dir.resolve("r.csv").toString());
        assertThat(notXlsx.err()).contains("--out must name an .xlsx file");

        Path unscanned = dir.resolve("unscanned.db");
        assertThat(run("import", "-w", unscanned.toString(), "assets/demo/autodiscover-2026Q3.csv").code()).isZero();
        Run empty = run("report", "-w", unscanned.toString(), "--out", out.toString());
        assertThat(empty.code()).isEqualTo(AuditbenchCli.ERROR);
        assertThat(empty.err()).contains("has not been scanned yet");
        assertThat(Files.exists(out)).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void signedReportVerifiesAndATamperedCopyDoesNot() throws Exception {
        String password = System.getenv(PASSWORD_VARIABLE);
        org.junit.jupiter.api.Assumptions.assumeTrue(password != null,
                PASSWORD_VARIABLE + " is set by the Maven build (surefire); run the test through Maven");
        Path keystore = TestKeys.pkcs12(dir.resolve("auditor.p12"), password.toCharArray());
        Path signed = dir.resolve("signed.xlsx");
        Run report = run("report", "-w", db, "--out", signed.toString(), "--sign", keystore.toString(),
                "--keystore-password-env", PASSWORD_VARIABLE);
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("Signed by", "CN=Test Auditor");

        Run valid = run("verify-report", signed.toString());
        assertThat(valid.code()).isZero();
        assertThat(valid.out()).contains("signature valid", "CN=Test Auditor");

        byte[] bytes = Files.readAllBytes(signed);
        bytes[insideEntryData(bytes, "xl/worksheets/sheet2.xml")] ^= 0x20;
        Path edited = Files.write(dir.resolve("edited.xlsx"), bytes);
        Run invalid = run("verify-report", edited.toString());
        assertThat(invalid.code()).isEqualTo(AuditbenchCli.GATE_FAILED);
        assertThat(invalid.out()).contains("NOT VALID");

        Path unsigned = dir.resolve("unsigned.xlsx");
        assertThat(run("report", "-w", db, "--out", unsigned.toString()).code()).isZero();
        Run plain = run("verify-report", unsigned.toString());
        assertThat(plain.code()).isEqualTo(AuditbenchCli.GATE_FAILED);
        assertThat(plain.out()).contains("not signed");

        Run missing = run("verify-report", dir.resolve("nothing.xlsx").toString());
        assertThat(missing.code()).isEqualTo(AuditbenchCli.ERROR);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void decisionsChecksAReturnedWorkbookAndRecordsWhatChanged() throws Exception {
        Path out = dir.resolve("for-review.xlsx");
        assertThat(run("report", "-w", db, "--out", out.toString()).code()).isZero();
        Run dry = run("decisions", "-w", db, out.toString(), "--by", "j.doe", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("(review 2026Q4)", "0 decisions", "0 not applied", "Dry run: nothing was recorded.");
        Run record = run("decisions", "-w", db, out.toString(), "--by", "j.doe");
        assertThat(record.code()).as(record.err()).isZero();
        assertThat(record.out()).contains("0 decisions recorded by j.doe.");
        Run notAReport = run("decisions", "-w", db, dir.resolve("demo.db").toString(), "--by", "j.doe", "--dry-run");
        assertThat(notAReport.code()).isEqualTo(AuditbenchCli.ERROR);
        assertThat(notAReport.err()).startsWith("auditbench: cannot read");
    }

    /** An offset inside the stored (compressed) bytes of a zip entry, so the edit changes that part's content. */
    private static int insideEntryData(byte[] zip, String entryName) {
        byte[] name = entryName.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int at = 0; at + 30 + name.length < zip.length; at++) {
            if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 3 && zip[at + 3] == 4) {
                int nameLength = (zip[at + 26] & 0xff) | (zip[at + 27] & 0xff) << 8;
                int extraLength = (zip[at + 28] & 0xff) | (zip[at + 29] & 0xff) << 8;
                if (nameLength == name.length && java.util.Arrays.equals(zip, at + 30, at + 30 + nameLength, name, 0,
                        name.length)) {
                    return at + 30 + nameLength + extraLength + 16;
                }
            }
        }
        throw new AssertionError(entryName + " is not in the workbook");
    }
}
