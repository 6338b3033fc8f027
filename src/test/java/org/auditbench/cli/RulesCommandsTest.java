package org.auditbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.rules.catalog.RuleCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** findings (json, csv, sarif), probe and gate on the demo data. */
class RulesCommandsTest {

    @TempDir
    static Path dir;
    static Path demo;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void buildDemo() throws Exception {
        demo = dir.resolve("demo.db");
        DemoWorkspace.build(demo);
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AuditbenchCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void findingsAsJsonCarryTheDocumentedFields() throws Exception {
        Run r = run("findings", "--workspace", demo.toString(), "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode array = JSON.readTree(r.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isGreaterThan(80);
        for (String field : List.of("rule", "severity", "domain", "target", "layer", "entryId", "fingerprint", "status",
                "message")) {
            assertThat(array.get(0).has(field)).as(field).isTrue();
        }
        assertThat(array.get(0).get("severity").asText()).isEqualTo("critical");
    }

    @Test
    void filtersByMinimumSeverityAndRule() throws Exception {
        JsonNode critical = JSON.readTree(run("findings", "-w", demo.toString(), "--format", "json",
                "--min-severity", "critical").out());
        assertThat(critical.size()).isEqualTo(3);
        JsonNode secrets = JSON.readTree(run("findings", "-w", demo.toString(), "--format", "json",
                "--rule", "secret-in-config", "--rule", "expired").out());
        Set<String> rules = new HashSet<>();
        secrets.forEach(n -> rules.add(n.get("rule").asText()));
        assertThat(rules).containsExactlyInAnyOrder("secret-in-config", "expired");
        Run unknown = run("findings", "-w", demo.toString(), "--rule", "no-such-rule");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown rule id 'no-such-rule'");
        assertThat(run("findings", "-w", demo.toString(), "--min-severity", "urgent").code()).isEqualTo(2);
    }

    @Test
    void csvNeverHandsASpreadsheetAFormula() throws Exception {
        Run r = run("findings", "-w", demo.toString(), "--format", "csv");
        assertThat(r.code()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out())).getRecords();
        assertThat(rows).hasSizeGreaterThan(80);
        for (CSVRecord row : rows) {
            for (String value : row.values()) {
                assertThat(value).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        assertThat(rows).anySatisfy(row -> assertThat(row.get("owner")).isEqualTo("'-"));
        assertThat(SpreadsheetCsv.defuse("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCsv.defuse("@SUM(A1)")).startsWith("'");
        assertThat(SpreadsheetCsv.defuse("+1")).startsWith("'");
        assertThat(SpreadsheetCsv.defuse("\tcmd")).startsWith("'");
        assertThat(SpreadsheetCsv.defuse("plain")).isEqualTo("plain");
    }

    @Test
    void sarifCarriesTheCatalogueAndLocatesEveryResult() throws Exception {
        Run r = run("findings", "-w", demo.toString(), "--format", "sarif");
        assertThat(r.code()).isZero();
        JsonNode log = JSON.readTree(r.out());
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").asText()).contains("sarif-2.1.0");
        JsonNode run = log.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> {
            ids.add(rule.get("id").asText());
            assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("fullDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("help").get("text").asText()).isNotBlank();
            assertThat(rule.get("defaultConfiguration").get("level").asText()).isIn("error", "warning", "note");
        });
        assertThat(ids).containsExactlyElementsOf(RuleCatalog.CATALOGUE_IDS);
        JsonNode results = run.get("results");
        assertThat(results.size()).isGreaterThan(80);
        results.forEach(result -> {
            String ruleId = result.get("ruleId").asText();
            assertThat(ids.get(result.get("ruleIndex").asInt())).isEqualTo(ruleId);
            assertThat(result.get("level").asText()).isIn("error", "warning", "note");
            assertThat(result.get("message").get("text").asText()).isNotBlank();
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo("autodiscover-2026Q4.csv");
            assertThat(physical.get("region").get("startLine").asInt()).isPositive();
            assertThat(result.get("partialFingerprints").get("auditbenchFingerprint/v1").asText()).hasSize(32);
        });
    }

    @Test
    void probeShowsTheFixedLayerEntryThatSendsTheIncidentAddressAway() throws Exception {
        Run text = run("probe", "email@example.com", "-w", demo.toString());
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Layers in lookup order: v2 -> v1 -> fixed -> provider -> domain")
                .containsPattern("answers\\s+fixed\\s+email@example.com\\s+-> imapgms.jnet.sei.co.jp:993")
                .contains("reserved-to-external");
        JsonNode json = JSON.readTree(run("probe", "email@example.com", "-w", demo.toString(), "--format", "json").out());
        JsonNode imap = null;
        for (JsonNode answer : json.get("answers")) {
            if (answer.get("protocol").asText().equals("imap")) {
                imap = answer;
            }
        }
        assertThat(imap).isNotNull();
        assertThat(imap.get("answering").get("layer").asText()).isEqualTo("fixed");
        assertThat(imap.get("answering").get("target").asText()).isEqualTo("imapgms.jnet.sei.co.jp");
        assertThat(imap.get("answering").get("matchedBy").asText()).isEqualTo("address");
        assertThat(imap.get("answering").get("findings").toString()).contains("reserved-to-external");
    }

    @Test
    void probeWalksTheLayersAndNamesTheShadowedEntries() throws Exception {
        JsonNode json = JSON.readTree(run("probe", "someone@fabrikam.com", "-w", demo.toString(), "--format", "json").out());
        JsonNode imap = null;
        for (JsonNode answer : json.get("answers")) {
            if (answer.get("protocol").asText().equals("imap")) {
                imap = answer;
            }
        }
        assertThat(imap).isNotNull();
        assertThat(imap.get("answering").get("layer").asText()).isEqualTo("v1");
        assertThat(imap.get("shadowed").toString()).contains("imap-eu.contoso-mail.com");
        Run bad = run("probe", "not a domain", "-w", demo.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("neither an email address nor a domain");
    }

    @Test
    void gateFailsOnTheIncidentAndPassesACleanFile() throws Exception {
        List<String> demoRows = Files.readAllLines(Path.of("assets/demo/autodiscover-2026Q4.csv"), StandardCharsets.UTF_8);
        String header = demoRows.get(0);
        String incident = demoRows.stream().filter(l -> l.startsWith("fixed,email@example.com,imap")).findFirst().orElseThrow();
        String clean = demoRows.stream().filter(l -> l.startsWith("v1,alpenglow-hotels.at,imap")).findFirst().orElseThrow();
        Path bad = dir.resolve("incident.csv");
        Files.writeString(bad, header + "\n" + clean + "\n" + incident + "\n");
        Path good = dir.resolve("clean.csv");
        Files.writeString(good, header + "\n" + clean + "\n");
        String policy = "assets/demo/policy.yaml";

        Run failed = run("gate", bad.toString(), "--policy", policy, "--fail-on", "critical");
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.out()).contains("reserved-to-external");
        assertThat(failed.err()).contains("FAIL");

        Run passed = run("gate", good.toString(), "--policy", policy, "--fail-on", "critical");
        assertThat(passed.code()).isZero();
        assertThat(passed.err()).contains("pass");

        assertThat(run("gate", good.toString(), "--policy", policy, "--fail-on", "low").code()).isZero();
        assertThat(run("gate", dir.resolve("missing.csv").toString()).code()).isEqualTo(2);
        assertThat(run("gate", good.toString(), "--fail-on", "sometimes").code()).isEqualTo(2);
        JsonNode sarif = JSON.readTree(run("gate", bad.toString(), "--policy", policy, "--format", "sarif").out());
        assertThat(sarif.get("runs").get(0).get("results").size()).isPositive();
    }
}
