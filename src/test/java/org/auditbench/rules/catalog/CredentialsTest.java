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

    @Test
    void theFirstLookLetsThroughEveryFormThePatternsFind() {
        List<String> secrets = List.of("https://svc:P4ssw0rd!@mail.contoso.com/ews", "password=Winter2024!",
                "Password: Winter2024!", "the smtp password is Winter2024!", "API_KEY Is 9f8e7d6c5b4a",
                "-----BEGIN RSA PRIVATE KEY-----", "AKIAIOSFODNN7EXAMPLE", "ghp_" + "a".repeat(36),
                "xoxb-1234567890-abcdefghij", "AIza" + "b".repeat(35), "sk_live_" + "c".repeat(24),
                "eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.SflKxwRJSMeKKF2QT4");
        for (String secret : secrets) {
            assertThat(Credentials.scan(secret, List.of())).as(secret).isPresent();
            assertThat(Credentials.mayHoldSecret(secret)).as(secret).isTrue();
        }
        for (String plain : List.of("imap.contoso.com", "Mail Platform Team", "alice@customer.com",
                "Client pop3 settings for adatum-analytics.ca mailboxes, CHG-84170", "2026-12-31")) {
            assertThat(Credentials.mayHoldSecret(plain)).as(plain).isFalse();
        }
    }
}
