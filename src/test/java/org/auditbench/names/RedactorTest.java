package org.auditbench.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void masksKeyValueCredentials() {
        assertThat(Redactor.redact("svc account password=Winter2024! (ask r.castillo before changing)"))
                .isEqualTo("svc account password=[redacted] (ask r.castillo before changing)");
        assertThat(Redactor.redact("pwd: hunter2; user=bob")).isEqualTo("pwd: [redacted]; user=bob");
        assertThat(Redactor.redact("client_secret=\"a b c\"")).isEqualTo("client_secret=[redacted]");
        assertThat(Redactor.redact("API-KEY = abc123")).isEqualTo("API-KEY = [redacted]");
        assertThat(Redactor.redact("the password is Sommer2025")).isEqualTo("the password is [redacted]");
        assertThat(Redactor.redact("token=abc&x=1")).isEqualTo("token=[redacted]&x=1");
    }

    @Test
    void masksThePasswordOfUrlsButKeepsUserAndHost() {
        assertThat(Redactor.redact("https://svc-sync:P4ssw0rd!@legacy.contoso.com/EWS/Exchange.asmx"))
                .isEqualTo("https://svc-sync:[redacted]@legacy.contoso.com/EWS/Exchange.asmx");
        assertThat(Redactor.redact("relay via smtp://relay:s3cr3t@smtp.contoso.com:587"))
                .isEqualTo("relay via smtp://relay:[redacted]@smtp.contoso.com:587");
        assertThat(Redactor.redact("login admin:Secret99@mail.contoso.com"))
                .isEqualTo("login admin:[redacted]@mail.contoso.com");
    }

    @Test
    void masksTokensAndPrivateKeys() {
        assertThat(Redactor.redact("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijk"))
                .doesNotContain("eyJhbGci").contains("[redacted]");
        assertThat(Redactor.redact("key AKIAIOSFODNN7EXAMPLE in notes")).isEqualTo("key [redacted] in notes");
        assertThat(Redactor.redact("ghp_abcdefghijklmnopqrstuvwxyz0123456789")).isEqualTo("[redacted]");
        assertThat(Redactor.redact("see 9f8Kq2Lm4Np6Rs8Tu0Vw2Xy4Za6Bc8De0Fg2Hi4 for access"))
                .isEqualTo("see [redacted] for access");
        assertThat(Redactor.redact("-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY----- rest"))
                .isEqualTo("[redacted private key] rest");
    }

    @Test
    void leavesOrdinaryConfigurationAlone() {
        for (String text : new String[] {
            "imapgms.jnet.sei.co.jp", "email@example.com", "%EMAILADDRESS%", "Mail Platform Team",
            "Onboarded via self-service domain verification, approved in CHG-11389", "Seats: 12",
            "/work/wt-report/assets/demo/autodiscover-2026Q4.csv", "https://autodiscover.contoso.com/autodiscover.xml",
            "3f2c9a1b4d5e6f708192a3b4c5d6e7f8", "123e4567-e89b-12d3-a456-426614174000",
            "remove after Q2 2024", "mailto:someone@contoso.com", "key=example.com; reserved=example.com (RFC 2606)"}) {
            assertThat(Redactor.redact(text)).as(text).isEqualTo(text);
        }
        assertThat(Redactor.redact(null)).isNull();
    }
}
