package org.auditbench.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.model.Finding;
import org.auditbench.model.Scan;
import org.auditbench.model.Severity;
import org.auditbench.rules.catalog.RuleCatalog;
import org.auditbench.workspace.FindingQuery;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo workspace shows every rule, on the rows assets/demo/README.md lists, and spares the look-alikes. */
class DemoWorkspaceScanTest {

    @TempDir
    static Path dir;
    static List<Finding> findings = new ArrayList<>();
    static Scan scan;

    @BeforeAll
    static void build() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWorkspace.build(file);
        try (Workspace ws = Workspace.open(file)) {
            scan = ws.scans().latest().orElseThrow();
            ws.findings().<RuntimeException>forEach(scan.id(), FindingQuery.ALL, findings::add);
        }
    }

    private static Set<String> keysOf(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule))
                .map(f -> f.subject().layer() + " " + f.subject().key() + " " + f.subject().protocol())
                .collect(Collectors.toSet());
    }

    @Test
    void everyRuleOfTheCatalogueFiresAtLeastOnce() {
        Set<String> fired = findings.stream().map(Finding::rule).collect(Collectors.toSet());
        assertThat(fired).containsExactlyInAnyOrderElementsOf(RuleCatalog.CATALOGUE_IDS);
    }

    @Test
    void theIncidentIsCritical() {
        assertThat(keysOf("reserved-to-external")).containsExactlyInAnyOrder(
                "fixed email@example.com imap", "fixed email@example.com smtp", "domain example.net imap");
        assertThat(findings).filteredOn(f -> f.rule().equals("reserved-to-external"))
                .allMatch(f -> f.severity() == Severity.CRITICAL)
                .anyMatch(f -> f.message().contains("imapgms.jnet.sei.co.jp"));
    }

    @Test
    void theReadmeRowsFireTheirRules() {
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("reserved-domain", List.of("fixed email@example.com imap", "domain test.invalid imap",
                        "domain mail.example.org smtp", "domain example.net imap", "domain corp.local autodiscover")),
                Map.entry("external-routing", List.of("fixed email@example.com imap", "domain example.net imap",
                        "domain tailspintoys.com imap", "domain cohowinery.com imap", "domain cohowinery.com smtp",
                        "domain adventure-works.com smtp")),
                Map.entry("reserved-target", List.of("domain wideworldimporters.com pop3",
                        "domain blueyonderairlines.com smtp", "domain graphicdesigninstitute.com imap",
                        "domain margiestravel.com imap")),
                Map.entry("overbroad-pattern", List.of("provider *.co.jp imap", "provider %.com autodiscover",
                        "provider * smtp", "provider % pop3")),
                Map.entry("test-name-in-production", List.of("domain staging.fabrikam.com imap",
                        "domain northwindtraders.com smtp", "domain alpineskihouse.com imap", "domain test.invalid imap")),
                Map.entry("expired", List.of("domain lakeshore-realty.com imap", "v1 granitepeak-construction.com smtp",
                        "domain ravenwood-books.com pop3", "fixed shipping@silverline-freight.nl imap")),
                Map.entry("expiring-soon", List.of("domain hollowtree-design.se imap", "v2 zenith-aerospace.com ews",
                        "domain casa-lumina.mx smtp")),
                Map.entry("missing-expiry", List.of("fixed email@example.com imap", "domain orchard-foods.co.nz imap",
                        "provider naver.com smtp", "v1 copperfield-law.com autodiscover")),
                Map.entry("missing-owner", List.of("fixed email@example.com smtp", "domain birchwood-accounting.ie imap",
                        "domain kowloon-textiles.com.hk smtp", "provider 163.com imap", "v2 atlas-insurance.ch activesync",
                        "domain pinecrest-veterinary.com pop3")),
                Map.entry("missing-justification", List.of("domain meridian-optics.de smtp",
                        "fixed reception@harborview-clinic.org imap")),
                Map.entry("vague-justification", List.of("domain tidewater-marine.com pop3", "v1 mosaic-architects.pt smtp",
                        "domain uplands-golf.com imap", "domain quarry-stoneworks.com smtp", "provider qq.com smtp")),
                Map.entry("temporary-past-date", List.of("domain fineartschool.net imap",
                        "domain saltmarsh-brewing.co.uk smtp", "v1 verdant-energy.es imap")),
                Map.entry("stale-entry", List.of("fixed email@example.com imap", "domain oakridge-schools.org imap",
                        "provider btinternet.com imap", "v1 thephone-company.com smtp",
                        "domain evergreen-pharma.be autodiscover")),
                Map.entry("placeholder-value", List.of("domain nodpublishers.com imap", "domain redwoodanalytics.io smtp",
                        "fixed alerts@quantumleaf.ai smtp", "domain kaleido-studios.it pop3")),
                Map.entry("secret-in-config", List.of("v1 humongousinsurance.com ews",
                        "fixed relay@consolidatedmessenger.com smtp")),
                Map.entry("conflicting-layers", List.of("v1 fabrikam.com imap", "fixed woodgrovebank.com smtp",
                        "v2 humongousinsurance.com ews")),
                Map.entry("invalid-target", List.of("domain westgate-dental.com smtp", "domain riverbend-library.org imap",
                        "domain cobaltsystems.fr imap")),
                Map.entry("plaintext-transport", List.of("domain consolidatedmessenger.com imap",
                        "domain yellowfin-seafood.com.au pop3", "domain ironbridge-engineering.co.uk smtp")),
                Map.entry("new-entry", List.of("domain lamnahealthcare.com imap", "domain lamnahealthcare.com smtp",
                        "domain lamnahealthcare.com autodiscover", "domain vanarsdelltd.com imap", "domain vanarsdelltd.com mx",
                        "provider *.co.jp imap", "domain staging.fabrikam.com imap", "domain mail.example.org smtp")),
                Map.entry("routing-changed", List.of("domain adventure-works.com smtp", "domain humongousinsurance.com imap",
                        "v1 treyresearch.net autodiscover", "domain fourthcoffee.com mx")));
        expected.forEach((rule, rows) -> assertThat(keysOf(rule)).as(rule).containsAll(rows));
        assertThat(keysOf("new-entry")).hasSize(8);
        assertThat(keysOf("routing-changed")).hasSize(4);
    }

    @Test
    void theLookAlikesAreClean() {
        List<String> clean = List.of("examples.com", "example.com.au", "myexample.com", "contest.com", "latest-news.com",
                "testament.org", "*.contoso.com", "^mail\\..*\\.contoso\\.com$", "prairie-credit-union.org",
                "xn--bckerei-schmidt-6kb.de");
        assertThat(findings).filteredOn(f -> clean.contains(f.subject().key()))
                .as("findings on rows the README calls clean").isEmpty();
        assertThat(findings).filteredOn(f -> f.subject().key().equals("relecloud.com")
                && f.rule().equals("conflicting-layers")).isEmpty();
        assertThat(findings).filteredOn(f -> f.subject().key().matches("(staging|qa|dev|uat)\\.contoso\\..*")).isEmpty();
    }

    @Test
    void conflictingLayersNamesTheShadowedEntries() {
        Finding fabrikam = findings.stream().filter(f -> f.rule().equals("conflicting-layers")
                && f.subject().key().equals("fabrikam.com")).findFirst().orElseThrow();
        assertThat(fabrikam.message()).contains("v1 layer -> imap.fabrikam.com:993")
                .contains("shadows the domain layer -> imap-eu.contoso-mail.com:993");
        assertThat(fabrikam.relatedEntryId()).isNotNull();
    }

    @Test
    void routingChangedToAnUnapprovedExternalTargetIsHigh() {
        assertThat(findings).filteredOn(f -> f.rule().equals("routing-changed"))
                .anySatisfy(f -> {
                    assertThat(f.subject().key()).isEqualTo("adventure-works.com");
                    assertThat(f.severity()).isEqualTo(Severity.HIGH);
                    assertThat(f.relatedEntryId()).isNotNull();
                })
                .anySatisfy(f -> {
                    assertThat(f.subject().key()).isEqualTo("treyresearch.net");
                    assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                });
    }

    @Test
    void secretsNeverAppearInFindings() {
        assertThat(findings).allSatisfy(f -> assertThat(f.message() + f.evidence())
                .doesNotContain("P4ssw0rd").doesNotContain("Winter2024"));
    }

    @Test
    void theScanRecordsTheReferenceDataVersions() {
        assertThat(scan.referenceVersions()).contains("ipv4-special-registry").contains("ipv6-special-registry")
                .contains("special-use-domains").contains("public-suffix-list");
    }
}
