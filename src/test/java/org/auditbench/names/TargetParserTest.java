package org.auditbench.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.auditbench.model.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetParserTest {

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "imapgms.jnet.sei.co.jp                          | imapgms.jnet.sei.co.jp | NAME     | NULL",
        "IMAPGMS.JNET.SEI.CO.JP.                         | imapgms.jnet.sei.co.jp | NAME     | NULL",
        "smtpgms.jnet.sei.co.jp:465                      | smtpgms.jnet.sei.co.jp | NAME     | 465",
        "https://outlook.office365.com/EWS/Exchange.asmx | outlook.office365.com  | NAME     | NULL",
        "https://autodiscover.contoso.com:8443/a.xml     | autodiscover.contoso.com | NAME   | 8443",
        "192.0.2.15                                      | 192.0.2.15             | IPV4     | NULL",
        "192.0.2.15:25                                   | 192.0.2.15             | IPV4     | 25",
        "2001:DB8:0:0:0:0:0:25                           | 2001:db8::25           | IPV6     | NULL",
        "[2001:db8::25]:993                              | 2001:db8::25           | IPV6     | 993",
        "mail.%EMAILDOMAIN%                              | mail.%EMAILDOMAIN%     | TEMPLATE | NULL",
        "Mail.%emaildomain%:993                          | mail.%EMAILDOMAIN%     | TEMPLATE | 993",
        "mail..contoso.com                               | mail..contoso.com      | INVALID  | NULL",
        "999.1.1.1                                       | 999.1.1.1              | INVALID  | NULL",
        "münchen.de                                      | xn--mnchen-3ya.de      | NAME     | NULL",
    })
    void readsHostsOutOfWhateverTheSourceWrote(String raw, String host, TargetKind kind, Integer port)
            throws NameException {
        ParsedTarget target = TargetParser.parse(raw);
        assertThat(target.host()).isEqualTo(host);
        assertThat(target.kind()).isEqualTo(kind);
        assertThat(target.port()).isEqualTo(port);
    }

    @Test
    void emptyMeansNoTarget() throws NameException {
        assertThat(TargetParser.parse("  ").kind()).isEqualTo(TargetKind.NONE);
        assertThat(TargetParser.parse(null).host()).isNull();
    }

    @Test
    void notesCredentialsInUrlsWithoutKeepingThemInTheHost() throws NameException {
        ParsedTarget target = TargetParser.parse("https://svc-sync:P4ssw0rd!@legacy.contoso.com/EWS/Exchange.asmx");
        assertThat(target.host()).isEqualTo("legacy.contoso.com");
        assertThat(target.hasUserInfo()).isTrue();
        assertThat(target.scheme()).isEqualTo("https");
    }

    @Test
    void aPortThatIsNotANumberIsAnError() {
        assertThatThrownBy(() -> TargetParser.parse("mail.contoso.com:imaps")).isInstanceOf(NameException.class)
                .hasMessageContaining("'imaps' that is not a number");
    }

    @Test
    void templatesResolveAgainstTheEntrysOwnKey() {
        assertThat(TargetParser.resolveTemplate("mail.%EMAILDOMAIN%", "fabrikam.com", null)).isEqualTo("mail.fabrikam.com");
        assertThat(TargetParser.resolveTemplate("%EMAILLOCALPART%.mx.contoso.com", "example.com", "email@example.com"))
                .isEqualTo("email.mx.contoso.com");
        assertThat(TargetParser.resolveTemplate("%EMAILLOCALPART%.mx.contoso.com", "example.com", null)).isNull();
    }
}
