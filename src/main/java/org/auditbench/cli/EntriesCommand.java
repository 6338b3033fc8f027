package org.auditbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.auditbench.model.Entry;
import org.auditbench.model.NameFacts;
import org.auditbench.model.Snapshot;
import org.auditbench.names.Redactor;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entries}: the canonical entries of a snapshot (default: the newest one), credentials redacted. */
@Command(name = "entries", mixinStandardHelpOptions = true,
        description = "Print the canonical entries of a snapshot (default: the newest).")
final class EntriesCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Mixin
    OutputOption output = new OutputOption();

    @Option(names = "--snapshot", paramLabel = "ID", description = "A snapshot id instead of the newest.")
    Long snapshotId;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = output.out();
        try (Workspace ws = workspace.openExisting()) {
            Snapshot snapshot = (snapshotId == null ? ws.snapshots().latest() : ws.snapshots().byId(snapshotId))
                    .orElseThrow(() -> new WorkspaceException(snapshotId == null
                            ? ws.file() + " has no snapshots yet; import a source first"
                            : "there is no snapshot " + snapshotId + " in " + ws.file()));
            if (output.json()) {
                json(ws, snapshot, out);
            } else {
                text(ws, snapshot, out);
            }
        }
        return AuditbenchCli.OK;
    }

    private static void json(Workspace ws, Snapshot snapshot, PrintWriter out) throws Exception {
        JsonOut.array(out, json -> ws.entries().<IOException>forEach(snapshot.id(), e -> write(json, e)));
    }

    private static void write(JsonOut json, Entry e) throws IOException {
        json.generator().writeStartObject();
        json.field("id", e.id());
        json.field("snapshotId", e.snapshotId());
        json.field("sourceRow", e.sourceRow());
        json.field("domain", e.domain());
        json.field("keyKind", e.keyKind().id());
        json.field("address", e.address());
        json.field("protocol", e.protocol());
        json.field("target", e.target());
        json.field("targetRaw", Redactor.redact(e.targetRaw()));
        json.field("targetKind", e.targetKind().id());
        json.field("port", e.port());
        json.field("encryption", e.encryption());
        json.field("username", Redactor.redact(e.username()));
        json.field("owner", Redactor.redact(e.owner()));
        json.field("justification", Redactor.redact(e.justification()));
        json.field("created", e.created());
        json.field("expires", e.expires());
        json.field("reviewed", e.reviewed());
        json.field("environment", e.environment());
        json.field("layer", e.layer());
        json.generator().writeObjectFieldStart("extra");
        for (Map.Entry<String, String> x : e.extra().entrySet()) {
            json.field(x.getKey(), Redactor.redact(x.getValue()));
        }
        json.generator().writeEndObject();
        json.generator().writeObjectFieldStart("facts");
        facts(json, "domain", e.domainFacts());
        facts(json, "target", e.targetFacts());
        json.generator().writeEndObject();
        json.generator().writeEndObject();
    }

    private static void facts(JsonOut json, String prefix, NameFacts facts) throws IOException {
        json.field(prefix + "Registrable", facts.registrable());
        json.field(prefix + "Reserved", facts.reserved());
    }

    private static void text(Workspace ws, Snapshot snapshot, PrintWriter out) throws Exception {
        out.printf("Snapshot %d of source '%s' (%s, %d entries, %d rejected)%n", snapshot.id(), snapshot.sourceName(),
                snapshot.kind(), snapshot.importedCount(), snapshot.rejectedCount());
        out.printf("%-32s %-12s %-36s %-9s %-24s %-10s%n", "DOMAIN", "PROTOCOL", "TARGET", "LAYER", "OWNER", "EXPIRES");
        ws.entries().<RuntimeException>forEach(snapshot.id(), e -> out.printf("%-32s %-12s %-36s %-9s %-24s %-10s%n",
                cut(e.key(), 32), cut(e.protocol(), 12), cut(e.target() == null ? null
                        : e.target() + (e.port() == null ? "" : ":" + e.port()), 36), cut(e.layer(), 9),
                cut(e.owner(), 24), e.expires() == null ? "-" : e.expires()));
    }

    private static String cut(String s, int width) {
        if (s == null) {
            return "-";
        }
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
