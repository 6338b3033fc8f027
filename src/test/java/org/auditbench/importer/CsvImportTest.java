package org.auditbench.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.auditbench.model.Entry;
import org.auditbench.model.KeyKind;
import org.auditbench.model.Reject;
import org.auditbench.model.TargetKind;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {

    @TempDir
    Path dir;

    @Test
    void importsEveryRowWithCanonicalFieldsAndKeepsUnmappedColumns() throws Exception {
        Path csv = write("config.csv", """
                Layer,Email,Protocol,Server,Port,SSL,Owner,Reason,Expires,Ticket
                fixed,EMAIL@EXAMPLE.COM.,IMAP,imapgms.jnet.sei.co.jp,993,SSL,,legacy test account,,CHG-1
                domain,fabrikam.com,smtp,"smtp.contoso.com:587",,starttls,Mail Team,"Hosted mail, CHG-2",30/06/2027,
                """);
        List<Entry> entries = new ArrayList<>();
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ImportResult result = new ImportService(ws).run(ImportInput.of(csv), ImportOptions.defaults(),
                    ImportListener.NONE);
            assertThat(result.imported()).isEqualTo(2);
            assertThat(result.rejected()).isZero();
            assertThat(result.sha256()).hasSize(64);
            ws.entries().<RuntimeException>forEach(result.snapshotId(), entries::add);
        }
        Entry incident = entries.get(0);
        assertThat(incident.domain()).isEqualTo("example.com");
        assertThat(incident.address()).isEqualTo("email@example.com");
        assertThat(incident.keyKind()).isEqualTo(KeyKind.EXACT);
        assertThat(incident.protocol()).isEqualTo("imap");
        assertThat(incident.target()).isEqualTo("imapgms.jnet.sei.co.jp");
        assertThat(incident.targetKind()).isEqualTo(TargetKind.NAME);
        assertThat(incident.port()).isEqualTo(993);
        assertThat(incident.encryption()).isEqualTo("ssl");
        assertThat(incident.owner()).isNull();
        assertThat(incident.layer()).isEqualTo("fixed");
        assertThat(incident.sourceRow()).isEqualTo("line 2");
        assertThat(incident.extra()).containsExactlyEntriesOf(java.util.Map.of("Ticket", "CHG-1"));
        assertThat(incident.domainFacts().reserved()).isEqualTo("example.com");
        assertThat(incident.targetFacts().registrable()).isEqualTo("sei.co.jp");

        Entry second = entries.get(1);
        assertThat(second.port()).isEqualTo(587);
        assertThat(second.target()).isEqualTo("smtp.contoso.com");
        assertThat(second.targetRaw()).isEqualTo("smtp.contoso.com:587");
        assertThat(second.justification()).isEqualTo("Hosted mail, CHG-2");
        assertThat(second.expires()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(second.extra()).isEmpty();
    }

    @Test
    void aMalformedRowIsRejectedWithItsLineAndReasonAndTheOthersImport() throws Exception {
        Path csv = write("bad.csv", """
                domain,target,port,expires
                a.contoso.com,mail.contoso.com,993,2027-01-01
                b.contoso.com,mail.contoso.com,imaps,2027-01-01
                c.contoso.com,mail.contoso.com,993,31/31/2027
                d.contoso.com,mail.contoso.com
                "e.contoso.com","multi
                line.contoso.com",25,2027-01-01
                f.contoso.com,mail.contoso.com,25,2027-01-01
                """);
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ImportResult result = new ImportService(ws).run(ImportInput.of(csv), ImportOptions.defaults(),
                    ImportListener.NONE);
            assertThat(result.imported()).isEqualTo(3);
            assertThat(result.rejected()).isEqualTo(3);
            List<Reject> rejects = ws.snapshots().rejects(result.snapshotId(), 10);
            assertThat(rejects).extracting(Reject::locator).containsExactly("line 3", "line 4", "line 5");
            assertThat(rejects.get(0).reason()).contains("column 'port'").contains("'imaps' is not a port number");
            assertThat(rejects.get(1).reason()).contains("column 'expires'").contains("'31/31/2027'");
            assertThat(rejects.get(2).reason()).contains("2 fields but the header has 4");
            assertThat(rejects.get(2).raw()).isEqualTo("d.contoso.com,mail.contoso.com");
            // a quoted newline is data: the row imports, and its unusable target is for invalid-target to report
            List<Entry> entries = new ArrayList<>();
            ws.entries().<RuntimeException>forEach(result.snapshotId(), entries::add);
            assertThat(entries).extracting(Entry::sourceRow).containsExactly("line 2", "line 6", "line 8");
            assertThat(entries.get(1).targetKind()).isEqualTo(TargetKind.INVALID);
        }
    }

    @Test
    void readsTabSemicolonAndPipeDelimitedFilesAndBoms() throws Exception {
        String[] delimiters = {"\t", ";", "|"};
        for (String d : delimiters) {
            Path file = write("x" + (int) d.charAt(0) + ".csv", "\uFEFFdomain" + d + "target\nfabrikam.com" + d
                    + "mail.fabrikam.com\n");
            assertThat(importOne(file).get(0).target()).as("delimiter %s", d).isEqualTo("mail.fabrikam.com");
        }
    }

    @Test
    void readsUtf16AndWindows1252() throws Exception {
        Path utf16 = dir.resolve("u16.csv");
        Files.write(utf16, "\uFEFFdomain,owner\nfabrikam.com,Zoë\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(importOne(utf16).get(0).owner()).isEqualTo("Zoë");
        Path cp1252 = dir.resolve("cp.csv");
        Files.write(cp1252, "domain,owner\nfabrikam.com,Zoë – Mail\n".getBytes(Charset.forName("windows-1252")));
        assertThat(importOne(cp1252).get(0).owner()).isEqualTo("Zoë – Mail");
    }

    @Test
    void anEmptyOrBinaryFileIsAnErrorAndWritesNothing() throws Exception {
        Path empty = write("empty.csv", "");
        Path binary = dir.resolve("blob.csv");
        Files.write(binary, new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0});
        Path unterminated = write("quote.csv", "domain,target\n\"a.com,mail.a.com\n");
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ImportService service = new ImportService(ws);
            assertThatThrownBy(() -> service.run(ImportInput.of(empty), ImportOptions.defaults(), ImportListener.NONE))
                    .isInstanceOf(ImportException.class).hasMessageContaining("empty.csv").hasMessageContaining("empty");
            assertThatThrownBy(() -> service.run(ImportInput.of(binary), ImportOptions.defaults(), ImportListener.NONE))
                    .hasMessageContaining("blob.csv").hasMessageContaining("binary");
            assertThatThrownBy(() -> service.run(ImportInput.of(unterminated), ImportOptions.defaults(),
                    ImportListener.NONE)).hasMessageContaining("quote.csv: line 2");
            assertThat(ws.snapshots().all()).isEmpty();
        }
    }

    @Test
    void anUnchangedSourceIsDetectedByItsHashAndNotImportedTwice() throws Exception {
        Path csv = write("same.csv", "domain,target\nfabrikam.com,mail.fabrikam.com\n");
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ImportService service = new ImportService(ws);
            ImportResult first = service.run(ImportInput.of(csv), ImportOptions.defaults(), ImportListener.NONE);
            ImportResult second = service.run(ImportInput.of(csv), ImportOptions.defaults(), ImportListener.NONE);
            assertThat(second.unchanged()).isTrue();
            assertThat(second.snapshotId()).isEqualTo(first.snapshotId());
            assertThat(ws.snapshots().all()).hasSize(1);
        }
    }

    @Test
    void cancellingRollsTheWholeImportBack() throws Exception {
        StringBuilder csv = new StringBuilder("domain,target\n");
        for (int i = 0; i < 12_000; i++) {
            csv.append("d").append(i).append(".fabrikam.com,mail.fabrikam.com\n");
        }
        Path file = write("big.csv", csv.toString());
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ImportListener cancelAfterFirstProgress = new ImportListener() {
                @Override
                public boolean cancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> new ImportService(ws).run(ImportInput.of(file), ImportOptions.defaults(),
                    cancelAfterFirstProgress)).hasMessageContaining("cancelled");
            assertThat(ws.snapshots().all()).isEmpty();
        }
    }

    private List<Entry> importOne(Path file) throws Exception {
        List<Entry> entries = new ArrayList<>();
        try (Workspace ws = Workspace.open(dir.resolve("one-" + file.getFileName() + ".db"))) {
            ImportResult result = new ImportService(ws).run(ImportInput.of(file), ImportOptions.defaults(),
                    ImportListener.NONE);
            ws.entries().<RuntimeException>forEach(result.snapshotId(), entries::add);
        }
        return entries;
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
