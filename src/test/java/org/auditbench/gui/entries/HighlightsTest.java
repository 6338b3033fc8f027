package org.auditbench.gui.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.auditbench.model.Severity;
import org.auditbench.workspace.EntrySummary;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    private static EntrySummary entry(String domain, String reserved, String target, String targetRegistrable,
                                      String... rules) {
        return new EntrySummary(1, 1, "src", domain, domain, "imap", target, 993, "domain", null, null, null, "prod",
                Severity.HIGH, Set.of(rules), reserved, reserved == null ? domain : null, targetRegistrable);
    }

    @Test
    void explainsEachKindInOneSentence() {
        assertThat(Highlights.explain(entry("test.invalid", "invalid", "mail.contoso.com", "contoso.com",
                "reserved-domain"))).hasValue("invalid is reserved by RFC 6761 for names that must never resolve"
                + " (RFC 2606); no configuration should answer for it.");
        assertThat(Highlights.explain(entry("tailspintoys.com", null, "mail.proseware.com", "proseware.com",
                "external-routing"))).hasValue("This entry routes tailspintoys.com to proseware.com, which is neither"
                + " tailspintoys.com nor yours nor an approved partner.");
        assertThat(Highlights.kind(entry("example.net", "example.net", "imap.litwareinc.com", "litwareinc.com",
                "reserved-domain", "reserved-to-external", "external-routing")))
                .hasValue(Highlights.Kind.RESERVED_TO_EXTERNAL);
        assertThat(Highlights.explain(entry("contoso.com", null, "mail.contoso.com", "contoso.com", "expired")))
                .isEmpty();
    }
}
