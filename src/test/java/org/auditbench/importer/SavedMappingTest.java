package org.auditbench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.auditbench.model.Entry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mapping saved with one quarter's import maps the next quarter's export the same way. */
class SavedMappingTest {

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

    private Path csv(String name, String text) throws Exception {
        Path p = temp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void savedOverridesAreReusedExactlyIncludingFieldsLeftUnmapped() throws Exception {
        Path q3 = csv("q3.csv", "Mailbox,MailServer,owner,Comment\nx@contoso.com,imap.contoso.com,Ops,keep\n");
        ImportOptions first = ImportOptions.defaults().withMappings(List.of("domain=Mailbox", "target=MailServer",
                "owner=", "justification=Comment")).withSavedMapping(null, "contoso-q");
        harness.run(q3, first);
        assertThat(harness.workspace.mappings().find("contoso-q")).get().satisfies(m -> {
            assertThat(m.mapping()).containsOnlyKeys("domain", "target", "justification");
            assertThat(m.format()).isEqualTo("csv");
            assertThat(m.sourceName()).isEqualTo("q3.csv");
        });

        Path q4 = csv("q4.csv", "Mailbox,MailServer,owner,Comment\ny@contoso.com,smtp.contoso.com,Ops,again\n");
        harness.run(q4, ImportOptions.defaults().withSavedMapping("contoso-q", null));
        Entry e = harness.entries().get(0);
        assertThat(e.address()).isEqualTo("y@contoso.com");
        assertThat(e.target()).isEqualTo("smtp.contoso.com");
        assertThat(e.justification()).isEqualTo("again");
        assertThat(e.owner()).isNull();
        assertThat(e.extra()).containsEntry("owner", "Ops");
    }

    @Test
    void aSavedMappingNamingAColumnTheSourceLostIsAnError() throws Exception {
        harness.run(csv("a.csv", "Mailbox,MailServer\nx@contoso.com,imap.contoso.com\n"),
                ImportOptions.defaults().withMappings(List.of("domain=Mailbox")).withSavedMapping(null, "m"));
        harness.assertFailsWritingNothing(csv("b.csv", "Address,MailServer\nx@contoso.com,imap.contoso.com\n"),
                ImportOptions.defaults().withSavedMapping("m", null), "b.csv", "saved mapping 'm'", "'Mailbox'");
    }

    @Test
    void anUnknownMappingNameIsAnErrorListingTheSavedOnes() throws Exception {
        harness.run(csv("a.csv", "domain\nx.example\n"), ImportOptions.defaults().withSavedMapping(null, "first"));
        harness.assertFailsWritingNothing(csv("b.csv", "domain\ny.example\n"),
                ImportOptions.defaults().withSavedMapping("second", null), "no saved mapping named 'second'", "first");
    }

    @Test
    void aFailedImportSavesNoMapping() throws Exception {
        Path broken = csv("broken.csv", "server\nimap.example\n");
        harness.assertFailsWritingNothing(broken, ImportOptions.defaults().withSavedMapping(null, "never"), "broken.csv");
        assertThat(harness.workspace.mappings().find("never")).isEmpty();
    }
}
