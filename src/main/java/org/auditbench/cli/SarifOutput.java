package org.auditbench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auditbench.model.FindingSubject;
import org.auditbench.model.Scan;
import org.auditbench.model.Severity;
import org.auditbench.model.Snapshot;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleMetadata;
import org.auditbench.rules.catalog.RuleCatalog;
import org.auditbench.workspace.FindingQuery;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Findings as a SARIF 2.1.0 log (OASIS), as code-scanning viewers read it: one run, the whole rule catalogue
 * with its metadata in {@code tool.driver.rules}, one result per finding located at the source file and row,
 * the finding's fingerprint as a partial fingerprint so viewers track it across scans.
 */
final class SarifOutput {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private SarifOutput() {
    }

    static void print(Workspace ws, Scan scan, FindingQuery query, PrintWriter out, Map<Severity, Long> counts)
            throws IOException, WorkspaceException {
        Map<String, String> sourceUri = new HashMap<>();
        for (long id : scan.snapshotIds()) {
            ws.snapshots().byId(id).ifPresent(s -> sourceUri.put(s.sourceName(), uri(s)));
        }
        List<Rule> rules = RuleCatalog.all();
        Map<String, Integer> index = new HashMap<>();
        try (JsonOut json = new JsonOut(out)) {
            JsonGenerator g = json.generator();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "Auditbench");
            String version = SarifOutput.class.getPackage().getImplementationVersion();
            g.writeStringField("semanticVersion", version == null ? "0.1.0" : version);
            g.writeArrayFieldStart("rules");
            for (Rule rule : rules) {
                index.put(rule.id(), index.size());
                writeRule(g, rule.metadata());
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            ws.findings().<IOException>forEach(scan.id(), query, f -> {
                counts.merge(f.severity(), 1L, Long::sum);
                FindingSubject s = f.subject();
                g.writeStartObject();
                g.writeStringField("ruleId", f.rule());
                Integer ruleIndex = index.get(f.rule());
                if (ruleIndex != null) {
                    g.writeNumberField("ruleIndex", ruleIndex);
                }
                g.writeStringField("level", level(f.severity()));
                g.writeObjectFieldStart("message");
                g.writeStringField("text", f.message());
                g.writeEndObject();
                writeLocation(g, sourceUri.getOrDefault(s.sourceName(), s.sourceName()), s);
                g.writeObjectFieldStart("partialFingerprints");
                g.writeStringField("auditbenchFingerprint/v1", f.fingerprint());
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                json.field("severity", f.severity().id());
                json.field("status", f.status().id());
                json.field("source", s.sourceName());
                json.field("layer", s.layer());
                json.field("protocol", s.protocol());
                json.field("target", s.target());
                json.field("entryId", f.entryId());
                json.field("relatedEntryId", f.relatedEntryId());
                json.field("evidence", f.evidence());
                g.writeEndObject();
                g.writeEndObject();
            });
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            g.writeNumberField("scanId", scan.id());
            json.field("policyHash", scan.policyHash());
            json.field("referenceData", scan.referenceVersions());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeRule(JsonGenerator g, RuleMetadata m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("name", pascal(m.id()));
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", m.title());
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", m.rationale());
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", m.remediation() + " References: " + String.join("; ", m.references()) + ".");
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(m.defaultSeverity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("severity", m.defaultSeverity().id());
        g.writeStringField("security-severity", securitySeverity(m.defaultSeverity()));
        g.writeArrayFieldStart("tags");
        g.writeString("security");
        g.writeString("configuration");
        g.writeEndArray();
        g.writeArrayFieldStart("references");
        for (String reference : m.references()) {
            g.writeString(reference);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeLocation(JsonGenerator g, String uri, FindingSubject s) throws IOException {
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri);
        g.writeEndObject();
        Matcher line = s.sourceRow() == null ? null : LINE.matcher(s.sourceRow());
        if (line != null && line.find()) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", Integer.parseInt(line.group(1)));
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("name", s.key());
        g.writeStringField("fullyQualifiedName", s.sourceName() + "/" + (s.layer() == null ? "" : s.layer() + "/")
                + s.key() + (s.protocol() == null ? "" : "/" + s.protocol()));
        g.writeStringField("kind", "resource");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    /** The snapshot's file as a relative URI (its file name), which is what the source locator names. */
    private static String uri(Snapshot s) {
        String locator = s.locator().replace('\\', '/');
        String name = locator.substring(locator.lastIndexOf('/') + 1);
        return name.replace(" ", "%20");
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            default -> "note";
        };
    }

    /** GitHub code scanning reads this number (0-10) to rank security results. */
    private static String securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            default -> "1.0";
        };
    }

    private static String pascal(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
