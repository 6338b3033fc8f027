package org.auditbench.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.auditbench.importer.ColumnMapping;
import org.auditbench.importer.EntryMapper;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.MappedRow;
import org.auditbench.importer.RecordReader;
import org.auditbench.importer.SourceRecord;
import org.auditbench.model.ApprovedPartner;
import org.auditbench.model.Entry;
import org.auditbench.model.Policy;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.catalog.ExternalRoutingRule;
import org.auditbench.rules.catalog.ReservedDomainRule;
import org.auditbench.rules.catalog.ReservedToExternalRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Must-fire and must-not-fire fixtures for the routing rules, built through the real import mapping. */
class RoutingRulesTest {

    private static final List<String> COLUMNS = List.of("domain", "target", "environment");
    private static final Policy POLICY = new Policy("Contoso Mail", List.of("contoso.com", "contoso-mail.com"),
            List.of(Set.of("outlook.com", "office365.com", "hotmail.com")),
            List.of(new ApprovedPartner("sei.co.jp", "M365 integration, CHG-1234", "j.doe", LocalDate.of(2027, 3, 31)),
                    new ApprovedPartner("litwareinc.com", "reseller", "m.l", LocalDate.of(2026, 6, 30))),
            LocalDate.of(2026, 12, 31), 90, 365, List.of(), List.of(), List.of(), Map.of(), Set.of(),
            List.of("v2", "v1", "fixed", "provider", "domain"));

    @ParameterizedTest(name = "[{index}] {0} -> {1} ({2}): {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        // the incident, in every spelling a source might use
        "email@example.com     | imapgms.jnet.sei.co.jp          | prod | critical",
        "EXAMPLE.COM.          | IMAPGMS.JNET.SEI.CO.JP.         | prod | critical",
        "example.com           | smtpgms.jnet.sei.co.jp:465      | prod | critical",
        "example.com           | https://mail.fabrikam.com/owa   | prod | critical",
        "user@test.invalid     | mail.fabrikam.com               | test | critical",
        "example.net           | 8.8.8.8                         | prod | critical",
        // reserved but staying inside the reserved name, yours, or nowhere
        "example.com           | mail.example.com                | prod | NULL",
        "example.com           | mail.%EMAILDOMAIN%              | prod | NULL",
        "example.com           | imap.contoso.com                | prod | NULL",
        "example.com           | mail.test                       | prod | NULL",
        "example.com           | 192.0.2.10                      | prod | NULL",
        "example.com           | 127.0.0.1                       | prod | NULL",
        "example.com           | NULL                            | prod | NULL",
        // look-alikes are ordinary domains
        "examples.com          | imapgms.jnet.sei.co.jp          | prod | NULL",
        "example.com.au        | imapgms.jnet.sei.co.jp          | prod | NULL",
        "myexample.com         | imapgms.jnet.sei.co.jp          | prod | NULL",
    })
    void reservedToExternal(String domain, String target, String environment, String expected) throws Exception {
        assertFires(new ReservedToExternalRule(), domain, target, environment, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} ({2}): {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "email@example.com     | imap.contoso.com | prod    | high",
        "mail.example.org      | imap.contoso.com | prod    | high",
        "corp.local            | imap.contoso.com | test    | low",
        "printer.local         | imap.contoso.com | NULL    | high",
        "x.internal            | imap.contoso.com | staging | low",
        "*.example.com         | imap.contoso.com | prod    | high",
        "^.*\\.test$           | imap.contoso.com | prod    | high",
        "examples.com          | imap.contoso.com | prod    | NULL",
        "example.com.au        | imap.contoso.com | prod    | NULL",
        "myexample.com         | imap.contoso.com | prod    | NULL",
        "testament.org         | imap.contoso.com | prod    | NULL",
        "localhost.contoso.com | imap.contoso.com | prod    | NULL",
        "*.contoso.com         | imap.contoso.com | prod    | NULL",
    })
    void reservedDomain(String domain, String target, String environment, String expected) throws Exception {
        assertFires(new ReservedDomainRule(), domain, target, environment, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}: {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "tailspintoys.com      | mail.proseware.com              | prod | medium",
        "cohowinery.com        | imap.litwareinc.com             | prod | medium",
        "*.fabrikam.com        | mail.proseware.com              | prod | medium",
        "fabrikam.com          | mail.fabrikam.com               | prod | NULL",
        "fabrikam.com          | mail.%EMAILDOMAIN%              | prod | NULL",
        "fabrikam.com          | imap.contoso.com                | prod | NULL",
        "fabrikam.com          | smtp.eu.contoso-mail.com        | prod | NULL",
        "fabrikam.com          | imapgms.jnet.sei.co.jp          | prod | NULL",
        "hotmail.com           | outlook.office365.com           | prod | NULL",
        "fabrikam.com          | 203.0.113.7                     | prod | NULL",
        "example.com           | imapgms.jnet.sei.co.jp          | prod | NULL",
        "fabrikam.com          | mail.example.com                | prod | NULL",
        "*                     | mail.proseware.com              | prod | NULL",
        "fabrikam.com          | NULL                            | prod | NULL",
    })
    void externalRouting(String domain, String target, String environment, String expected) throws Exception {
        assertFires(new ExternalRoutingRule(), domain, target, environment, expected);
    }

    private static void assertFires(Rule rule, String domain, String target, String environment, String expected)
            throws ImportException {
        Entry entry = entry(domain, target, environment);
        List<Evidence> found = new ArrayList<>();
        rule.check(entry, new RuleContext(POLICY), written -> found.add(written.get()));
        if (expected == null) {
            assertThat(found).as("%s must not fire", rule.id()).isEmpty();
        } else {
            assertThat(found).as("%s must fire once", rule.id()).hasSize(1);
            assertThat(found.get(0).severity()).isEqualTo(Severity.parse(expected));
            assertThat(found.get(0).message()).isNotBlank();
            assertThat(found.get(0).detail()).isNotBlank();
        }
    }

    static Entry entry(String domain, String target, String environment) throws ImportException {
        ColumnMapping mapping = ColumnMapping.builder(COLUMNS).automatic().build();
        SourceRecord record = new SourceRecord("line 2", new String[] {domain, target, environment});
        MappedRow row = new EntryMapper(mapping, null, null).map(record, NO_RAW);
        assertThat(row.reject()).as("fixture row must import").isNull();
        return row.entry();
    }

    private static final RecordReader NO_RAW = new RecordReader() {
        @Override
        public List<String> columns() {
            return COLUMNS;
        }

        @Override
        public SourceRecord next() {
            return null;
        }

        @Override
        public String rawText(SourceRecord record) {
            return String.join(",", record.values());
        }

        @Override
        public String sha256() {
            return "";
        }

        @Override
        public void close() {
        }
    };
}
