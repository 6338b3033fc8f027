package org.auditbench.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    private static final List<String> DEMO_HEADER = List.of("layer", "domain", "protocol", "hostname", "port",
            "encryption", "username", "owner", "justification", "created", "expires", "last_reviewed", "environment",
            "ticket", "notes");

    @Test
    void recognisesHeadersBySynonymIgnoringCaseSpacesAndPunctuation() throws ImportException {
        ColumnMapping mapping = ColumnMapping.builder(List.of("E-Mail Address", "Mail_Server", "Valid Until",
                "Business Justification", "Owned-By", "TICKET")).automatic().build();
        assertThat(mapping.asMap()).containsEntry("domain", "E-Mail Address").containsEntry("target", "Mail_Server")
                .containsEntry("expires", "Valid Until").containsEntry("justification", "Business Justification")
                .containsEntry("owner", "Owned-By").doesNotContainValue("TICKET");
        assertThat(mapping.isMapped(5)).isFalse();
    }

    @Test
    void mapsTheDemoExport() throws ImportException {
        ColumnMapping mapping = ColumnMapping.builder(DEMO_HEADER).automatic().build();
        assertThat(mapping.asMap()).containsEntry("target", "hostname").containsEntry("reviewed", "last_reviewed")
                .containsEntry("layer", "layer").hasSize(13);
    }

    @Test
    void anOverrideReplacesTheAutomaticChoice() throws ImportException {
        ColumnMapping mapping = ColumnMapping.builder(List.of("domain", "server", "backup_server")).automatic()
                .override("target=backup_server").build();
        assertThat(mapping.asMap()).containsEntry("target", "backup_server");
        assertThat(mapping.isMapped(1)).isFalse();
    }

    @Test
    void anEmptyOverrideUnmapsAField() throws ImportException {
        ColumnMapping mapping = ColumnMapping.builder(DEMO_HEADER).automatic().override("owner=").build();
        assertThat(mapping.asMap()).doesNotContainKey("owner");
    }

    @Test
    void badOverridesNameTheProblem() {
        assertThatThrownBy(() -> ColumnMapping.builder(DEMO_HEADER).automatic().override("colour=notes").build())
                .hasMessageContaining("unknown field 'colour'");
        assertThatThrownBy(() -> ColumnMapping.builder(DEMO_HEADER).automatic().override("target=MailHost").build())
                .hasMessageContaining("no column 'MailHost'").hasMessageContaining("hostname");
        assertThatThrownBy(() -> ColumnMapping.builder(DEMO_HEADER).automatic().override("target").build())
                .hasMessageContaining("not of the form field=Column");
    }

    @Test
    void withoutADomainColumnNothingCanBeImported() {
        assertThatThrownBy(() -> ColumnMapping.builder(List.of("server", "port")).automatic().build())
                .isInstanceOf(ImportException.class).hasMessageContaining("--map domain=COLUMN");
    }
}
