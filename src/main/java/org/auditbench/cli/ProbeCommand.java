package org.auditbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.auditbench.model.Entry;
import org.auditbench.model.Finding;
import org.auditbench.rules.engine.PolicyDocument;
import org.auditbench.rules.engine.PolicyLoader;
import org.auditbench.rules.engine.ProbeResult;
import org.auditbench.rules.engine.ProbeService;
import org.auditbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code probe ADDRESS_OR_DOMAIN}: what an autodiscover lookup would answer, layer by layer. */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Show which entry answers an address or domain for each protocol (walking the layers in the"
                + " policy's order, as an autodiscover service does), which entries it shadows, and their findings.")
final class ProbeCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Parameters(index = "0", paramLabel = "ADDRESS_OR_DOMAIN", description = "e.g. email@example.com or example.com")
    String query;

    @Mixin
    OutputOption output = new OutputOption();

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Take the layer order from this policy instead of the latest scan's.")
    Path policyFile;

    @Override
    public Integer call() throws Exception {
        PolicyDocument policy = policyFile == null ? null : new PolicyLoader().load(policyFile);
        ProbeResult result;
        try (Workspace ws = workspace.openExisting()) {
            result = new ProbeService(ws).probe(query, policy);
        }
        PrintWriter out = output.out();
        if (output.json()) {
            json(result, out);
        } else {
            text(result, out);
        }
        return AuditbenchCli.OK;
    }

    private static void text(ProbeResult r, PrintWriter out) {
        out.printf("Probe %s (domain %s)%s%n", r.query(), r.domain(), r.address() == null ? "" : ", address " + r.address());
        out.printf("Layers in lookup order: %s (from %s)%n", String.join(" -> ", r.layers()), r.policyOrigin());
        if (r.scanId() == null) {
            out.println("The workspace has not been scanned, so no findings are shown; run auditbench scan.");
        }
        if (r.answers().isEmpty()) {
            out.println("No entry answers this lookup.");
            return;
        }
        for (ProbeResult.Answer a : r.answers()) {
            out.printf("%n%s  [source %s]%n", a.protocol().toUpperCase(Locale.ROOT), a.source());
            match(out, "answers ", a.answering());
            for (ProbeResult.Match m : a.shadowed()) {
                match(out, "shadowed", m);
            }
        }
    }

    private static void match(PrintWriter out, String role, ProbeResult.Match m) {
        Entry e = m.entry();
        String target = e.target() == null ? "(no target)" : e.target() + (e.port() == null ? "" : ":" + e.port());
        out.printf("  %s  %-8s %-34s -> %s  (%s match, %s)%n", role, e.layer() == null ? "-" : e.layer(),
                e.keyKind().isPattern() ? e.domain() : e.key(), target, m.matchedBy(), e.sourceRow());
        for (Finding f : m.findings()) {
            out.printf("            %-8s %-22s %s%n", f.severity().id().toUpperCase(Locale.ROOT), f.rule(), f.message());
        }
    }

    private static void json(ProbeResult r, PrintWriter out) throws IOException {
        try (JsonOut json = new JsonOut(out)) {
            var g = json.generator();
            g.writeStartObject();
            json.field("query", r.query());
            json.field("domain", r.domain());
            json.field("address", r.address());
            json.field("scanId", r.scanId());
            json.field("policy", r.policyOrigin());
            g.writeArrayFieldStart("layers");
            for (String layer : r.layers()) {
                g.writeString(layer);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("answers");
            for (ProbeResult.Answer a : r.answers()) {
                g.writeStartObject();
                json.field("source", a.source());
                json.field("protocol", a.protocol());
                g.writeFieldName("answering");
                match(json, a.answering());
                g.writeArrayFieldStart("shadowed");
                for (ProbeResult.Match m : a.shadowed()) {
                    match(json, m);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void match(JsonOut json, ProbeResult.Match m) throws IOException {
        Entry e = m.entry();
        var g = json.generator();
        g.writeStartObject();
        json.field("entryId", e.id());
        json.field("layer", e.layer());
        json.field("key", e.keyKind().isPattern() ? e.domain() : e.key());
        json.field("keyKind", e.keyKind().id());
        json.field("matchedBy", m.matchedBy());
        json.field("protocol", e.protocol());
        json.field("target", e.target());
        json.field("port", e.port());
        json.field("encryption", e.encryption());
        json.field("sourceRow", e.sourceRow());
        g.writeArrayFieldStart("findings");
        List<Finding> findings = m.findings();
        for (Finding f : findings) {
            g.writeStartObject();
            json.field("rule", f.rule());
            json.field("severity", f.severity().id());
            json.field("fingerprint", f.fingerprint());
            json.field("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
