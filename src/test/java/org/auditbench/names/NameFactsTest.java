package org.auditbench.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.auditbench.model.NameFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameFactsTest {

    private final NameFactsResolver resolver = new NameFactsResolver();

    @ParameterizedTest(name = "[{index}] {0} is reserved under {1}")
    @CsvSource({
        "example.com, example.com",
        "www.example.com, example.com",
        "example.net, example.net",
        "mail.example.org, example.org",
        "example, example",
        "test.invalid, invalid",
        "printer.local, local",
        "localhost, localhost",
        "db.localhost, localhost",
        "abc.onion, onion",
        "router.home.arpa, home.arpa",
        "x.internal, internal",
        "mail.test, test",
        "foo.alt, alt",
        "1.10.in-addr.arpa, 10.in-addr.arpa",
        "5.20.172.in-addr.arpa, 20.172.in-addr.arpa",
        "ipv4only.arpa, ipv4only.arpa",
        "_dns.resolver.arpa, resolver.arpa",
    })
    void reservedNamesAndEverythingUnderThem(String name, String reserved) {
        assertThat(resolver.forName(name).reserved()).isEqualTo(reserved);
    }

    @ParameterizedTest(name = "[{index}] {0} is not reserved")
    @ValueSource(strings = {"examples.com", "example.com.au", "myexample.com", "example-mail.com", "examplecom.net",
        "contest.com", "latest-news.com", "testament.org", "localhost.contoso.com", "test.contoso.com",
        "internal.contoso.com", "local.fabrikam.com", "onion-routing.org", "alt.net", "15.172.in-addr.arpa",
        "32.172.in-addr.arpa", "arpa", "in-addr.arpa"})
    void lookAlikesAreNotReserved(String name) {
        assertThat(resolver.forName(name).reserved()).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(nullValues = "NULL", value = {
        "imapgms.jnet.sei.co.jp, sei.co.jp",
        "outlook.office365.com, office365.com",
        "mail.contoso.com, contoso.com",
        "example.com.au, example.com.au",
        "foo.blogspot.com, foo.blogspot.com",
        "co.jp, NULL",
        "com, NULL",
        "imap.contoso.corpx, NULL",
        "xn--bcher-kva.de, xn--bcher-kva.de",
    })
    void registrableDomainsComeFromThePublicSuffixList(String name, String registrable) {
        assertThat(resolver.forName(name).registrable()).isEqualTo(registrable);
    }

    @Test
    void unknownTopLevelDomainsAreMarked() {
        assertThat(resolver.forName("imap.contoso.corpx").knownSuffix()).isFalse();
        assertThat(resolver.forName("imap.contoso.com").knownSuffix()).isTrue();
    }

    @Test
    void answersAreCachedAndConsistent() {
        NameFacts first = resolver.forName("mail.contoso.com");
        assertThat(resolver.forName("mail.contoso.com")).isSameAs(first);
        assertThat(resolver.forName(null)).isEqualTo(NameFacts.NONE);
    }

    @Test
    void theCatalogueStatesItsSourceAndVersion() {
        assertThat(ReferenceData.versions()).containsKeys("special-use-domains", "public-suffix-list");
        assertThat(ReferenceData.summary()).contains("IANA").contains("Guava 33");
        assertThat(ReservedNames.builtIn().all()).hasSizeGreaterThanOrEqualTo(43);
    }

    @ParameterizedTest(name = "[{index}] {0} under {1}: {2}")
    @CsvSource({
        "mail.contoso.com, contoso.com, true",
        "contoso.com, contoso.com, true",
        "evilcontoso.com, contoso.com, false",
        "contoso.com.evil.net, contoso.com, false",
    })
    void atOrUnderRespectsLabelBoundaries(String name, String domain, boolean expected) {
        assertThat(HostNames.isAtOrUnder(name, domain)).isEqualTo(expected);
    }
}
