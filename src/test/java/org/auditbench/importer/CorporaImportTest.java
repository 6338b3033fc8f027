package org.auditbench.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.auditbench.model.Entry;
import org.auditbench.model.TargetKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real third-party data in ../shared/corpora (skipped with a message where that folder is absent). */
class CorporaImportTest {

    private static final Path CORPORA = Path.of("../shared/corpora");

    @TempDir
    Path temp;
    ImportHarness harness;

    @BeforeEach
    void open() throws Exception {
        assumeTrue(Files.isDirectory(CORPORA), "../shared/corpora is not here (a user's clone does not have it); skipped");
        harness = new ImportHarness(temp);
    }

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void theIspdbFolderImportsOneEntryPerDomainAndServerWithoutRejects() throws Exception {
        ImportResult result = harness.run(CORPORA.resolve("ispdb"));
        assertThat(result.format()).isEqualTo("autoconfig");
        assertThat(result.imported()).isEqualTo(3_774);
        assertThat(result.rejected()).isZero();
        List<Entry> entries = harness.entries();
        Set<String> domains = entries.stream().map(Entry::domain).collect(Collectors.toSet());
        assertThat(domains).hasSize(962).contains("coral.broba.ccv");
        Set<String> templates = entries.stream().filter(e -> e.targetKind() == TargetKind.TEMPLATE)
                .map(Entry::target).collect(Collectors.toSet());
        // nine <hostname> elements are templates, in two spellings; they are kept as written
        assertThat(templates).containsExactlyInAnyOrder("%EMAILDOMAIN%", "mail.%EMAILDOMAIN%");
        assertThat(entries).filteredOn(e -> e.domain().equals("umich.edu"))
                .extracting(Entry::target).contains("imap.gmail.com");
        assertThat(entries).allSatisfy(e -> assertThat(e.domainFacts().reserved()).isNull());
    }

    @Test
    void theDnsjavaZonesImportEveryRecord() throws Exception {
        ImportResult example = harness.run(CORPORA.resolve("zones/dnsjava-example.com.zone"));
        assertThat(example.imported()).isEqualTo(15);
        assertThat(harness.entries()).filteredOn(e -> "mx".equals(e.protocol())).extracting(Entry::target)
                .containsExactly("mail.example.com", "mail2.example.com", "mail3.example.com");
        assertThat(harness.entries()).filteredOn(e -> "cname".equals(e.protocol())).extracting(Entry::domain, Entry::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("www.example.com", "example.com"),
                        org.assertj.core.groups.Tuple.tuple("wwwtest.example.com", "www.example.com"));
        ImportResult generated = harness.run(CORPORA.resolve("zones/dnsjava-zonefileEx1.zone"));
        assertThat(generated.imported()).isEqualTo(11);
        assertThat(harness.entries()).filteredOn(e -> "ptr".equals(e.protocol())).hasSize(3);
    }

    @Test
    void thePowerDnsZoneStopsAtItsOverlongTxtStringNamingFileAndLine() throws Exception {
        // A TXT character-string is at most 255 octets (RFC 1035 §3.3); line 36 has 279, so the file is invalid.
        harness.assertFailsWritingNothing(CORPORA.resolve("zones/pdns-regression-test.com.zone"), ImportOptions.defaults(),
                "pdns-regression-test.com.zone: line 36");
    }
}
