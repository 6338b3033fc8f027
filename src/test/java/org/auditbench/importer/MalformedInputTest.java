package org.auditbench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken input in every format stops the import with a message naming the file and the place, and the
 * workspace keeps exactly what it had (a good snapshot is imported first to prove nothing is lost either).
 */
class MalformedInputTest {

    @TempDir
    Path temp;
    ImportHarness harness;

    @BeforeEach
    void open() throws Exception {
        harness = new ImportHarness(temp);
        harness.run(ImportHarness.golden("incident.json"));
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private Path file(String name, String content) throws Exception {
        Path p = temp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private Path bytes(String name, byte[] content) throws Exception {
        Path p = temp.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static byte[] garbage() {
        byte[] b = new byte[4096];
        new Random(7).nextBytes(b);
        return b;
    }

    @Test
    void truncatedAutoconfigXml() throws Exception {
        Path p = file("broken.xml", "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\">\n  <emailProvider id=\"x\">\n"
                + "    <domain>x.example</domain>\n    <incomingServer type=\"imap\">\n      <hostname>imap.x");
        harness.assertFailsWritingNothing(p, ImportOptions.defaults(), "broken.xml", "line 6", "malformed");
    }

    @Test
    void truncatedAutodiscoverXml() throws Exception {
        Path p = file("pox.xml", "<?xml version=\"1.0\"?>\n<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/"
                + "autodiscover/responseschema/2006\">\n<Response><Account><Protocol><Type>IMAP</Type>\n<Server>x");
        harness.assertFailsWritingNothing(p, ImportOptions.defaults(), "pox.xml", "line 4", "malformed");
    }

    @Test
    void xmlWithAnExternalEntityIsRefusedBeforeAnythingIsRead() throws Exception {
        Path secret = file("secret.txt", "root:x:0:0");
        Path p = file("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE clientConfig [ <!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\"> ]>\n<clientConfig><emailProvider id=\"x\"><domain>&xxe;</domain>"
                + "<incomingServer type=\"imap\"><hostname>h.example</hostname></incomingServer></emailProvider></clientConfig>");
        String message = harness.assertFailsWritingNothing(p, ImportOptions.defaults(), "xxe.xml", "line 2", "DOCTYPE");
        assertThat(message).doesNotContain("root:x");
    }

    @Test
    void billionLaughsIsRefused() throws Exception {
        Path p = file("lol.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;"
                + "&lol;&lol;\">]>\n<Autodiscover><Response>&lol2;</Response></Autodiscover>");
        harness.assertFailsWritingNothing(p, ImportOptions.defaults(), "lol.xml", "DOCTYPE");
    }

    @Test
    void zoneRecordMissingItsTarget() throws Exception {
        Path p = file("broken.zone", "$ORIGIN example.org.\n$TTL 3600\n@ IN NS ns1.example.org.\n@ IN MX 10\n"
                + "www IN CNAME web\n");
        harness.assertFailsWritingNothing(p, ImportOptions.defaults(), "broken.zone", "line 4");
    }

    @Test
    void zoneIncludeOutsideTheZoneFilesFolderIsRefused() throws Exception {
        Path outside = file("outside.inc", "x IN A 192.0.2.1\n");
        Path folder = Files.createDirectories(temp.resolve("zones"));
        Path zone = folder.resolve("example.org.zone");
        Files.writeString(zone, "$ORIGIN example.org.\n@ IN NS ns1\n$INCLUDE ../" + outside.getFileName() + "\n");
        harness.assertFailsWritingNothing(zone, ImportOptions.defaults(), "example.org.zone", "line 3", "refused");
        Files.writeString(zone, "$ORIGIN example.org.\n@ IN NS ns1\n$INCLUDE /etc/hostname\n");
        harness.assertFailsWritingNothing(zone, ImportOptions.defaults(), "example.org.zone", "line 3", "refused");
    }

    @Test
    void jsonWithWrongTypes() throws Exception {
        Path strings = file("strings.json", "[\n {\"domain\": \"a.example\", \"hostname\": \"h.example\"},\n \"b.example\"\n]");
        harness.assertFailsWritingNothing(strings, ImportOptions.defaults(), "strings.json", "line 3",
                "expected an object for each record, found a string");
        Path protocols = file("protocols.json", "{\"email\": \"x@a.example\",\n \"protocols\": \"imap\"}");
        harness.assertFailsWritingNothing(protocols, ImportOptions.defaults(), "protocols.json", "line 1",
                "'protocols' must be an array");
        Path number = file("number.json", "42");
        harness.assertFailsWritingNothing(number, ImportOptions.defaults(), "number.json", "line 1", "found a number");
    }

    @Test
    void truncatedJson() throws Exception {
        Path p = file("cut.json", "[\n {\"domain\": \"a.example\", \"hostname\": \"h.example\"},\n {\"domain\": \"b.exa");
        harness.assertFailsWritingNothing(p, ImportOptions.defaults(), "cut.json", "line 3", "malformed");
    }

    @Test
    void emptyFilesOfEveryTextFormat() throws Exception {
        for (String name : new String[] {"empty.csv", "empty.json", "empty.xml", "empty.zone", "empty.tsv"}) {
            Path p = file(name, "");
            harness.assertFailsWritingNothing(p, ImportOptions.defaults(), name, "empty");
        }
        Path json = file("empty2.json", "");
        harness.assertFailsWritingNothing(json, ImportOptions.defaults().withFormat("json"), "empty2.json", "empty");
        Path csv = file("empty2.csv", "");
        harness.assertFailsWritingNothing(csv, ImportOptions.defaults().withFormat("csv"), "empty2.csv", "empty");
    }

    @Test
    void binaryGarbage() throws Exception {
        harness.assertFailsWritingNothing(bytes("garbage.csv", garbage()), ImportOptions.defaults(), "garbage.csv",
                "not a text file");
        harness.assertFailsWritingNothing(bytes("garbage.json", garbage()), ImportOptions.defaults(), "garbage.json",
                "line 1", "malformed");
        harness.assertFailsWritingNothing(bytes("garbage.bin", garbage()), ImportOptions.defaults(), "garbage.bin",
                "cannot tell its format");
        harness.assertFailsWritingNothing(bytes("garbage.xml", garbage()), ImportOptions.defaults().withFormat("autoconfig"),
                "garbage.xml", "malformed");
        harness.assertFailsWritingNothing(bytes("garbage.zone", garbage()), ImportOptions.defaults(), "garbage.zone",
                "line 1");
    }

    @Test
    void aSelectionTheFormatDoesNotHaveIsAnError() throws Exception {
        Path p = file("plain.csv", "domain\na.example\n");
        harness.assertFailsWritingNothing(p, ImportOptions.defaults().withSelection(
                new SourceSelection("Sheet1", null, null, null)), "plain.csv", "--sheet is for XLSX");
        harness.assertFailsWritingNothing(p, ImportOptions.defaults().withSelection(
                new SourceSelection(null, "config", null, null)), "plain.csv", "--table and --query");
    }

    @Test
    void csvWhoseDomainColumnCannotBeFound() throws Exception {
        Path p = file("nodomain.csv", "server,port\nimap.example.com,993\n");
        harness.assertFailsWritingNothing(p, ImportOptions.defaults(), "nodomain.csv", "no column is mapped to the domain");
    }

    @Test
    void unknownFormatAndFolderOfWrongFiles() throws Exception {
        Path p = file("x.csv", "domain\na.example\n");
        harness.assertFailsWritingNothing(p, ImportOptions.defaults().withFormat("parquet"), "unknown format 'parquet'");
        Path folder = Files.createDirectories(temp.resolve("ispdb"));
        Files.copy(ImportHarness.golden("example-isp.xml"), folder.resolve("example-isp.xml"));
        Files.writeString(folder.resolve("README.md"), "# not a config");
        harness.assertFailsWritingNothing(folder, ImportOptions.defaults(), "README.md", "not a autoconfig document");
    }
}
