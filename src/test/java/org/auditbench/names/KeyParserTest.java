package org.auditbench.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.auditbench.model.KeyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyParserTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
        "example.com          | example.com",
        "EXAMPLE.COM.         | example.com",
        "'  Example.Com  '    | example.com",
        "ExAmPlE.cOm          | example.com",
        "bücher.de            | xn--bcher-kva.de",
        "xn--bcher-kva.de     | xn--bcher-kva.de",
        "BÜCHER.DE.           | xn--bcher-kva.de",
        "_autodiscover._tcp.contoso.com | _autodiscover._tcp.contoso.com",
        "https://Mail.Contoso.com/owa | mail.contoso.com",
    })
    void normalisesExactKeys(String raw, String expected) throws NameException {
        ParsedKey key = KeyParser.parse(raw, null);
        assertThat(key.domain()).isEqualTo(expected);
        assertThat(key.kind()).isEqualTo(KeyKind.EXACT);
        assertThat(key.fixedPart()).isEqualTo(expected);
    }

    @Test
    void anAddressContributesItsDomainAndKeepsTheAddress() throws NameException {
        ParsedKey key = KeyParser.parse(" Email@EXAMPLE.COM. ", null);
        assertThat(key.domain()).isEqualTo("example.com");
        assertThat(key.address()).isEqualTo("email@example.com");
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is {1} anchored at {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "*.contoso.com               | WILDCARD | contoso.com",
        "*.CO.JP                     | WILDCARD | co.jp",
        "*                           | WILDCARD | NULL",
        "%.com                       | LIKE     | com",
        "%                           | LIKE     | NULL",
        "%example.com                | LIKE     | example.com",
        "^mail\\..*\\.contoso\\.com$ | REGEX    | contoso.com",
        "^.*\\.example\\.com$        | REGEX    | example.com",
        ".*contoso\\.com             | REGEX    | com",
        "'^(imap|smtp)\\.example\\.org$' | REGEX | example.org",
        "^.*$                        | REGEX    | NULL",
    })
    void recognisesPatternsAndTheirFixedPart(String raw, KeyKind kind, String fixed) throws NameException {
        ParsedKey key = KeyParser.parse(raw, null);
        assertThat(key.kind()).isEqualTo(kind);
        assertThat(key.fixedPart()).isEqualTo(fixed);
    }

    @Test
    void aDeclaredKindWins() throws NameException {
        assertThat(KeyParser.parse("contoso.com", KeyKind.REGEX).kind()).isEqualTo(KeyKind.REGEX);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is refused")
    @CsvSource(delimiter = '|', value = {
        "''                  | empty",
        "'   '               | empty",
        "mail..contoso.com   | empty label",
        "mail contoso.com    | character ' '",
        "@example.com        | neither a domain nor a complete email address",
        "user@               | neither a domain nor a complete email address",
        "-bad.example.com    | hyphen",
        "^(unclosed          | not a valid regular expression",
    })
    void refusesWhatIsNotADomain(String raw, String reason) {
        assertThatThrownBy(() -> KeyParser.parse(raw, null)).isInstanceOf(NameException.class)
                .hasMessageContaining(reason);
    }
}
