package org.auditbench.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.auditbench.model.Severity;
import org.auditbench.report.FakeSources;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportResult;
import org.auditbench.report.SigningKey;
import org.auditbench.report.TestKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OOXML signatures: a signed report verifies with POI's verifier; any edit after signing does not. */
class SigningTest {

    static final char[] PASSWORD = "test-only-password".toCharArray();

    @TempDir
    static Path dir;
    static Path keystore;
    static ReportResult signed;

    @BeforeAll
    static void signAReport() throws Exception {
        keystore = TestKeys.pkcs12(dir.resolve("auditor.p12"), PASSWORD);
        FakeSources sources = new FakeSources();
        sources.addFinding(FakeSources.finding(1, Severity.HIGH, "f".repeat(32), "Mail Team", "a message", "x=1"));
        SigningKey key = SigningKey.fromPkcs12(keystore, PASSWORD, null);
        signed = ExcelReport.write(sources, ReportRequest.of("2026Q4", null), dir.resolve("signed.xlsx"), key);
    }

    @Test
    void aSignedReportVerifies() throws Exception {
        assertThat(signed.signed()).isTrue();
        assertThat(signed.sha256()).isEqualTo(ExcelReport.sha256(signed.file()));
        ReportSigner.Verification check = ReportSigner.verify(signed.file());
        assertThat(check.signed()).isTrue();
        assertThat(check.valid()).isTrue();
        assertThat(check.signers()).singleElement().asString().contains("CN=Test Auditor");
    }

    @Test
    void aChangedCellBreaksTheSignature() throws Exception {
        Path tampered = dir.resolve("tampered.xlsx");
        rewriteEntry(signed.file(), tampered, "xl/worksheets/sheet2.xml", xml -> xml.replace(">open<", ">remediate<"));
        ReportSigner.Verification check = ReportSigner.verify(tampered);
        assertThat(check.signed()).isTrue();
        assertThat(check.valid()).isFalse();
        assertThat(check.problem()).contains("changed after it was signed");
    }

    @Test
    void aByteEditedCopyDoesNotVerify() throws Exception {
        byte[] bytes = Files.readAllBytes(signed.file());
        byte[] name = "xl/worksheets/sheet2.xml".getBytes(StandardCharsets.US_ASCII);
        int header = indexOf(bytes, name);
        assertThat(header).isPositive();
        bytes[header + name.length + 100] ^= 0x55;
        Path edited = Files.write(dir.resolve("byte-edited.xlsx"), bytes);
        ReportSigner.Verification check = ReportSigner.verify(edited);
        assertThat(check.valid()).isFalse();
        assertThat(check.problem()).contains("damaged");
    }

    @Test
    void aPartAddedAfterSigningIsCaught() throws Exception {
        Path added = dir.resolve("added.xlsx");
        rewriteEntry(signed.file(), added, "xl/sharedStrings.xml", xml -> xml + " ");
        assertThat(ReportSigner.verify(added).valid()).isFalse();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void anUnsignedReportIsReportedAsUnsigned() throws Exception {
        FakeSources sources = new FakeSources();
        ReportResult plain = ExcelReport.write(sources, ReportRequest.of("2026Q4", null), dir.resolve("plain.xlsx"), null);
        ReportSigner.Verification check = ReportSigner.verify(plain.file());
        assertThat(check.signed()).isFalse();
        assertThat(check.valid()).isFalse();
        assertThat(check.problem()).isEqualTo("the workbook is not signed");
    }

    @Test
    void keystoreProblemsAreClear() {
        assertThatThrownBy(() -> SigningKey.fromPkcs12(keystore, "wrong".toCharArray(), null))
                .isInstanceOf(ReportException.class).hasMessageContaining("wrong password");
        assertThatThrownBy(() -> SigningKey.fromPkcs12(dir.resolve("missing.p12"), PASSWORD, null))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> SigningKey.fromPkcs12(keystore, PASSWORD, "nobody"))
                .hasMessageContaining("no private key named 'nobody'");
        assertThatThrownBy(() -> ReportSigner.verify(dir.resolve("missing.xlsx"))).hasMessageContaining("no such file");
    }

    /** Copies a zip, passing one entry's text through {@code edit}. */
    static void rewriteEntry(Path from, Path to, String name, java.util.function.UnaryOperator<String> edit)
            throws Exception {
        try (InputStream in = Files.newInputStream(from); ZipInputStream zin = new ZipInputStream(in);
             OutputStream out = Files.newOutputStream(to); ZipOutputStream zout = new ZipOutputStream(out)) {
            ZipEntry entry;
            boolean found = false;
            while ((entry = zin.getNextEntry()) != null) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                zin.transferTo(content);
                byte[] bytes = content.toByteArray();
                if (entry.getName().equals(name)) {
                    String edited = edit.apply(new String(bytes, StandardCharsets.UTF_8));
                    assertThat(edited).isNotEqualTo(new String(bytes, StandardCharsets.UTF_8));
                    bytes = edited.getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                zout.putNextEntry(new ZipEntry(entry.getName()));
                zout.write(bytes);
                zout.closeEntry();
            }
            assertThat(found).as(name).isTrue();
        }
    }
}
