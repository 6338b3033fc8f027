package org.auditbench.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.auditbench.model.Entry;
import org.auditbench.model.KeyKind;
import org.auditbench.model.TargetKind;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static Entry entry(String targetRaw, String notes) {
        return new Entry(1, 1, "line 2", "customer.com", KeyKind.EXACT, null, "imap", "imap.contoso.com", targetRaw,
                TargetKind.NAME, 993, "ssl", "%EMAILADDRESS%", "Ops", "Hosted mail, CHG-1", null, null, null, "prod",
                "domain", notes == null ? Map.of() : Map.of("notes", notes), null, null);
    }

    @Test
    void findsPasswordsInUrlsAndNotes() {
        assertThat(Credentials.find(entry("https://svc:P4ssw0rd!@mail.contoso.com/ews", null), List.of()))
                .hasValueSatisfying(h -> assertThat(h.field()).isEqualTo("target"));
        assertThat(Credentials.find(entry(null, "password=Winter2024!"), List.of()))
                .hasValueSatisfying(h -> assertThat(h.field()).isEqualTo("notes"));
        assertThat(Credentials.find(entry(null, "-----BEGIN OPENSSH PRIVATE KEY----- b3Blbn"), List.of())).isPresent();
        assertThat(Credentials.find(entry(null, "password: see vault"), List.of())).isEmpty();
        assertThat(Credentials.find(entry("https://svc@mail.contoso.com/ews", null), List.of())).isEmpty();
    }

    @Test
    void policyPatternsCountAsCredentials() {
        List<Pattern> patterns = List.of(Pattern.compile("CORP-[0-9]{6}"));
        assertThat(Credentials.find(entry(null, "pin CORP-123456"), patterns)).isPresent();
        assertThat(Credentials.find(entry(null, "pin CORP-123456"), List.of())).isEmpty();
    }
}
