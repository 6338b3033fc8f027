package org.auditbench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.auditbench.model.Entry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delimited text in the encodings and dialects exports come in. */
class CsvEncodingTest {

    private static final String TEXT = "domain;owner;justification\nmüller-bau.de;Jürgen Groß;Übergang bis 2027\n";

    @TempDir
    Path temp;
    ImportHarness harness;

    @BeforeEach
    void open() throws Exception {
        harness = new ImportHarness(temp);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private Entry only(String name, byte[] bytes) throws Exception {
        Path p = temp.resolve(name);
        Files.write(p, bytes);
        harness.run(p);
        List<Entry> entries = harness.entries();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static void assertGerman(Entry e) {
        assertThat(e.domain()).isEqualTo("xn--mller-bau-q9a.de");
        assertThat(e.owner()).isEqualTo("Jürgen Groß");
        assertThat(e.justification()).isEqualTo("Übergang bis 2027");
    }

    @Test
    void utf16WithByteOrderMarks() throws Exception {
        assertGerman(only("le.csv", concat(new byte[] {(byte) 0xff, (byte) 0xfe}, TEXT.getBytes(StandardCharsets.UTF_16LE))));
        assertGerman(only("be.csv", concat(new byte[] {(byte) 0xfe, (byte) 0xff}, TEXT.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void utf16WithoutByteOrderMark() throws Exception {
        assertGerman(only("nobom.csv", TEXT.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void windows1252File() throws Exception {
        assertGerman(only("legacy.csv", TEXT.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void utf8WithBom() throws Exception {
        assertGerman(only("bom.csv", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, TEXT.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aWindows1252NameFarBehindTheFirst64KilobytesOfUtf8IsKept() throws Exception {
        StringBuilder head = new StringBuilder("domain,owner\n");
        int rows = 0;
        while (head.length() < 100_000) {
            head.append("host").append(rows++).append(".example.net,Team Straße\n");
        }
        byte[] bytes = concat(head.toString().getBytes(StandardCharsets.UTF_8),
                "late.example.net,M\u00fcller\n".getBytes(Charset.forName("windows-1252")));
        Path p = temp.resolve("mixed.csv");
        Files.write(p, bytes);
        harness.run(p);
        List<Entry> entries = harness.entries();
        assertThat(entries).hasSize(rows + 1);
        assertThat(entries.get(0).owner()).isEqualTo("Team Straße");
        assertThat(entries.get(rows).owner()).isEqualTo("Müller");
    }

    @Test
    void tabsAndPipesAreSniffed() throws Exception {
        Entry tab = only("export.tsv", "domain\tserver\tport\ncontoso.com\timap.contoso.com\t993\n".getBytes(StandardCharsets.UTF_8));
        assertThat(tab.target()).isEqualTo("imap.contoso.com");
        assertThat(tab.port()).isEqualTo(993);
        harness.close();
        harness = new ImportHarness(Files.createDirectories(temp.resolve("b")));
        Entry pipe = only("export.txt", "domain|server\n\"a|b.example\"|imap.contoso.com\n".getBytes(StandardCharsets.UTF_8));
        assertThat(harness.result.rejected()).isZero();
        assertThat(pipe.target()).isEqualTo("imap.contoso.com");
    }

    @Test
    void ragedRowsAndHugeFieldsAreRejectsNotCrashes() throws Exception {
        String huge = "x".repeat(70_000);
        Path p = temp.resolve("ragged.csv");
        Files.writeString(p, "domain,server\na.example,imap.a.example\nb.example\nc.example,imap.c.example,extra\n"
                + "d.example,\"" + huge + "\"\n,\n");
        ImportResult result = harness.run(p);
        assertThat(result.imported()).isEqualTo(1);
        assertThat(harness.rejects()).extracting(r -> r.locator() + ": " + r.reason()).containsExactly(
                "line 3: the row has 1 fields but the header has 2",
                "line 4: the row has 3 fields but the header has 2",
                "line 5: column 'server' holds 70000 characters, more than the 65536 allowed");
        assertThat(harness.rejects().get(1).raw()).isEqualTo("c.example,imap.c.example,extra");
    }

    @Test
    void duplicateAndBlankHeadersKeepEveryValue() throws Exception {
        Entry e = only("dups.csv", "domain,notes,notes,\na.example,first,second,third\n".getBytes(StandardCharsets.UTF_8));
        assertThat(e.extra()).containsEntry("notes", "first").containsEntry("notes (2)", "second")
                .containsEntry("column 4", "third");
    }
}
