package org.auditbench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.auditbench.model.Entry;
import org.auditbench.model.TargetKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input → expected canonical entries, per format (expected files under test resources golden/). */
class GoldenImportTest {

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

    @Test
    void csvWithBomSemicolonsQuotedNewlinesRaggedRowsAndBadDates() throws Exception {
        ImportOptions options = ImportOptions.defaults().withMappings(List.of("domain=Email or Domain"));
        ImportResult result = harness.run(ImportHarness.golden("mixed.csv"), options);
        assertThat(result.format()).isEqualTo("csv");
        assertThat(result.imported()).isEqualTo(4);
        assertThat(result.rejected()).isEqualTo(2);
        harness.assertGolden("mixed.csv");
    }

    @Test
    void theSeedsAutodiscoverJsonBecomesOneEntryPerProtocol() throws Exception {
        ImportResult result = harness.run(ImportHarness.golden("incident.json"));
        assertThat(result.format()).isEqualTo("json");
        List<Entry> entries = harness.entries();
        assertThat(entries).extracting(Entry::domain, Entry::address, Entry::protocol, Entry::target, Entry::port)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("example.com", "email@example.com", "imap",
                                "imapgms.jnet.sei.co.jp", 993),
                        org.assertj.core.groups.Tuple.tuple("example.com", "email@example.com", "smtp",
                                "smtpgms.jnet.sei.co.jp", 465));
        assertThat(entries.get(0).domainFacts().reserved()).isEqualTo("example.com");
        harness.assertGolden("incident.json");
    }

    @Test
    void jsonLinesWithTheV2ShapeAndNestedObjects() throws Exception {
        harness.run(ImportHarness.golden("v2.jsonl"));
        List<Entry> entries = harness.entries();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).extra()).containsEntry("meta.owner", "EAS Team").containsEntry("meta.tags",
                "[\"m365\",\"eas\"]");
        harness.assertGolden("v2.jsonl");
    }

    @Test
    void thunderbirdAutoconfigIsEveryDomainTimesEveryServerWithTemplatesKept() throws Exception {
        ImportResult result = harness.run(ImportHarness.golden("example-isp.xml"));
        assertThat(result.format()).isEqualTo("autoconfig");
        assertThat(result.imported()).isEqualTo(6);
        assertThat(harness.entries()).filteredOn(e -> e.targetKind() == TargetKind.TEMPLATE)
                .extracting(Entry::target).containsOnly("imap.%EMAILDOMAIN%");
        harness.assertGolden("example-isp.xml");
    }

    @Test
    void autodiscoverPoxSettingsKeyedByFileNameWhenTheResponseNamesNoUser() throws Exception {
        ImportResult result = harness.run(ImportHarness.golden("contoso.com.xml"));
        assertThat(result.format()).isEqualTo("autodiscover-xml");
        assertThat(harness.entries()).extracting(Entry::protocol).containsExactly("imap", "smtp", "expr");
        harness.assertGolden("contoso.com.xml");
    }

    @Test
    void autodiscoverPoxRedirectBecomesARedirectEntry() throws Exception {
        harness.run(ImportHarness.golden("redirect.xml"));
        List<Entry> entries = harness.entries();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.protocol()).isEqualTo("redirect");
            assertThat(e.domain()).isEqualTo("tailspintoys.com");
            assertThat(e.target()).isEqualTo("tailspintoys.onmicrosoft.com");
        });
        harness.assertGolden("redirect.xml");
    }

    @Test
    void foldersOfAutodiscoverResponsesAndOfZoneFilesImportEveryFile() throws Exception {
        Path responses = java.nio.file.Files.createDirectories(temp.resolve("responses"));
        java.nio.file.Files.copy(ImportHarness.golden("contoso.com.xml"), responses.resolve("contoso.com.xml"));
        java.nio.file.Files.copy(ImportHarness.golden("redirect.xml"), responses.resolve("redirect.xml"));
        ImportResult pox = harness.run(responses);
        assertThat(pox.format()).isEqualTo("autodiscover-xml");
        assertThat(harness.entries()).extracting(Entry::protocol).containsExactly("imap", "smtp", "expr", "redirect");

        Path zones = java.nio.file.Files.createDirectories(temp.resolve("zones"));
        java.nio.file.Files.writeString(zones.resolve("a.example.zone"), "$ORIGIN a.example.\n@ 3600 IN MX 10 mx.a.example.\n");
        java.nio.file.Files.writeString(zones.resolve("b.example.zone"), "@ 3600 IN MX 10 mx.b.example.\n");
        ImportResult zone = harness.run(zones);
        assertThat(zone.format()).isEqualTo("zone");
        assertThat(harness.entries()).extracting(Entry::domain, Entry::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.example", "mx.a.example"),
                org.assertj.core.groups.Tuple.tuple("b.example", "mx.b.example"));
    }

    @Test
    void zoneFileWithMailSrvRecordsNullMxAndAnIncludeInTheSameFolder() throws Exception {
        ImportResult result = harness.run(ImportHarness.golden("zones/contoso.com.zone"));
        assertThat(result.format()).isEqualTo("zone");
        List<Entry> entries = harness.entries();
        assertThat(entries).hasSize(14);
        assertThat(entries).filteredOn(e -> "autodiscover".equals(e.protocol()) && e.port() != null)
                .singleElement().satisfies(e -> {
                    assertThat(e.domain()).isEqualTo("contoso.com");
                    assertThat(e.target()).isEqualTo("autodiscover.contoso.com");
                    assertThat(e.port()).isEqualTo(443);
                });
        harness.assertGolden("contoso.com.zone");
    }
}
