package org.auditbench.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.ImportListener;
import org.auditbench.importer.ImportOptions;
import org.auditbench.importer.ImportResult;
import org.auditbench.importer.ImportService;
import org.auditbench.model.Entry;
import org.auditbench.model.Finding;
import org.auditbench.rules.engine.PolicyDocument;
import org.auditbench.rules.engine.PolicyLoader;
import org.auditbench.rules.engine.ScanResult;
import org.auditbench.rules.engine.ScanService;
import org.auditbench.workspace.FindingQuery;
import org.auditbench.workspace.Workspace;

/** Loads a rule fixture (see fixtures/README.md) and runs it through import and scan. */
final class RuleFixtures {

    static final String FOLDER = "/org/auditbench/rules/fixtures/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The clean values a row takes for every column it does not name. */
    static final Map<String, String> DEFAULTS = defaults();

    private RuleFixtures() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("layer", "domain");
        d.put("domain", "customer.com");
        d.put("protocol", "imap");
        d.put("hostname", "imap.contoso-mail.com");
        d.put("port", "993");
        d.put("encryption", "ssl");
        d.put("username", "%EMAILADDRESS%");
        d.put("owner", "Mail Platform Team");
        d.put("justification", "Hosted mailboxes for the customer under contract MSA-1234, CHG-10001");
        d.put("created", "2026-03-01");
        d.put("expires", "2027-12-31");
        d.put("last_reviewed", "2026-06-01");
        d.put("environment", "prod");
        d.put("notes", "");
        return d;
    }

    /** One row of a fixture: what is expected of it, and its column values. */
    record Row(String expect, String severity, Map<String, String> columns) {
    }

    /** A parsed fixture file. */
    record Fixture(String rule, Map<String, Object> policy, List<Row> previous, List<Row> rows,
                   List<String> mustNotAppear) {
    }

    /** The outcome of scanning a fixture: its rows' entries and the findings on each. */
    record Outcome(List<Entry> entries, List<Finding> findings, ScanResult scan) {

        List<Finding> on(int row, String rule) {
            long id = entries.get(row).id();
            return findings.stream().filter(f -> f.entryId() == id && f.rule().equals(rule)).toList();
        }
    }

    static boolean exists(String rule) {
        return RuleFixtures.class.getResource(FOLDER + rule + ".yaml") != null;
    }

    @SuppressWarnings("unchecked")
    static Fixture load(String rule) {
        try (InputStream in = RuleFixtures.class.getResourceAsStream(FOLDER + rule + ".yaml")) {
            Map<String, Object> doc = YAML.readValue(in, Map.class);
            return new Fixture((String) doc.get("rule"),
                    (Map<String, Object>) doc.getOrDefault("policy", Map.of()),
                    rows((List<Map<String, Object>>) doc.getOrDefault("previous", List.of())),
                    rows((List<Map<String, Object>>) doc.getOrDefault("rows", List.of())),
                    (List<String>) doc.getOrDefault("mustNotAppear", List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Row> rows(List<Map<String, Object>> raw) {
        List<Row> out = new ArrayList<>();
        for (Map<String, Object> r : raw) {
            Map<String, String> columns = new LinkedHashMap<>(DEFAULTS);
            String expect = "context";
            String severity = null;
            for (Map.Entry<String, Object> e : r.entrySet()) {
                String value = e.getValue() == null ? "" : e.getValue().toString();
                switch (e.getKey()) {
                    case "expect" -> expect = value;
                    case "severity" -> severity = value;
                    default -> columns.put(e.getKey(), value);
                }
            }
            out.add(new Row(expect, severity, columns));
        }
        return out;
    }

    /** Imports the fixture (previous rows first) into a new workspace in {@code dir}, scans it, returns what it found. */
    @SuppressWarnings("unchecked")
    static Outcome run(Fixture fixture, Path dir) throws Exception {
        Map<String, Object> policy;
        try (InputStream in = RuleFixtures.class.getResourceAsStream(FOLDER + "base-policy.yaml")) {
            policy = new LinkedHashMap<>(YAML.readValue(in, Map.class));
        }
        policy.putAll(fixture.policy());
        PolicyDocument document = new PolicyLoader().parseChecked(YAML.writeValueAsString(policy), fixture.rule());
        try (Workspace ws = Workspace.open(dir.resolve("fixture.db"))) {
            ImportService importer = new ImportService(ws);
            if (!fixture.previous().isEmpty()) {
                importCsv(importer, dir.resolve("previous.csv"), fixture.previous(), "previous");
            }
            ImportResult current = importCsv(importer, dir.resolve("current.csv"), fixture.rows(), "current");
            ScanResult scan = new ScanService(ws).scan(document);
            List<Entry> entries = new ArrayList<>();
            ws.entries().<RuntimeException>forEach(current.snapshotId(), entries::add);
            List<Finding> findings = new ArrayList<>();
            ws.findings().<RuntimeException>forEach(scan.scanId(), FindingQuery.ALL, findings::add);
            return new Outcome(entries, findings, scan);
        }
    }

    private static ImportResult importCsv(ImportService importer, Path file, List<Row> rows, String label)
            throws Exception {
        Set<String> header = new LinkedHashSet<>();
        rows.forEach(r -> header.addAll(r.columns().keySet()));
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            csv.printRecord(header);
            for (Row row : rows) {
                List<String> values = new ArrayList<>();
                for (String column : header) {
                    values.add(row.columns().getOrDefault(column, ""));
                }
                csv.printRecord(values);
            }
        }
        ImportResult result = importer.run(ImportInput.of(file),
                ImportOptions.defaults().withSourceName("fixture").withLabel(label), ImportListener.NONE);
        assertThat(result.firstRejects()).as("rows of %s the importer rejected", file.getFileName()).isEmpty();
        assertThat(result.imported()).isEqualTo(rows.size());
        return result;
    }
}
