package org.auditbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.auditbench.model.Entry;
import org.auditbench.model.Snapshot;
import org.auditbench.triage.DiffCounts;
import org.auditbench.triage.DiffScope;
import org.auditbench.triage.EntryChange;
import org.auditbench.triage.SnapshotDiff;
import org.auditbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code diff}: added, removed and changed entries between two snapshots of one source. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"List entries added, removed and changed between two snapshots of one source (default: the"
                + " newest snapshot and the one before it).",
            "Entries are matched by key (domain or address), protocol and layer; changed means a different target,"
                + " port, owner, justification or expiry."})
final class DiffCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Option(names = "--from", paramLabel = "SNAPSHOT", description = "The older snapshot, by id or label.")
    String from;

    @Option(names = "--to", paramLabel = "SNAPSHOT", description = "The newer snapshot, by id or label.")
    String to;

    @Option(names = "--source", paramLabel = "NAME", description = "The source, when the workspace holds several.")
    String source;

    @Mixin
    OutputOption output = new OutputOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = output.out();
        try (Workspace ws = workspace.openExisting()) {
            DiffScope scope = DiffScope.resolve(ws, from, to, source);
            if (output.json()) {
                json(ws, scope, out);
            } else {
                text(ws, scope, out);
            }
        }
        return AuditbenchCli.OK;
    }

    private static void text(Workspace ws, DiffScope scope, PrintWriter out) throws Exception {
        out.printf("Source '%s': snapshot %s -> snapshot %s%n", scope.to().sourceName(), name(scope.from()),
                name(scope.to()));
        DiffCounts counts = SnapshotDiff.<RuntimeException>compare(ws, scope.from().id(), scope.to().id(), c -> {
            Entry e = c.entry();
            out.printf("%-8s %s %s%s", c.kind().id().toUpperCase(java.util.Locale.ROOT), c.key(),
                    c.protocol() == null ? "-" : c.protocol(), c.layer() == null ? "" : " (" + c.layer() + " layer)");
            switch (c.kind()) {
                case ADDED, REMOVED -> out.printf(" -> %s, %s%n", hostPort(e), e.sourceRow());
                case CHANGED -> {
                    out.printf(", %s%n", e.sourceRow());
                    for (String field : c.changedFields()) {
                        out.printf("         %s: %s -> %s%n", field, value(c.before(), field), value(c.after(), field));
                    }
                }
                default -> throw new IllegalStateException(c.kind().id());
            }
        });
        out.printf("%d added, %d removed, %d changed, %d unchanged.%n", counts.added(), counts.removed(),
                counts.changed(), counts.unchanged());
    }

    private static void json(Workspace ws, DiffScope scope, PrintWriter out) throws Exception {
        try (JsonOut json = new JsonOut(out)) {
            json.generator().writeStartObject();
            json.field("source", scope.to().sourceName());
            snapshot(json, "from", scope.from());
            snapshot(json, "to", scope.to());
            json.generator().writeArrayFieldStart("changes");
            DiffCounts counts = SnapshotDiff.<IOException>compare(ws, scope.from().id(), scope.to().id(),
                    c -> change(json, c));
            json.generator().writeEndArray();
            json.generator().writeObjectFieldStart("summary");
            json.field("added", counts.added());
            json.field("removed", counts.removed());
            json.field("changed", counts.changed());
            json.field("unchanged", counts.unchanged());
            json.generator().writeEndObject();
            json.generator().writeEndObject();
        }
    }

    private static void change(JsonOut json, EntryChange c) throws IOException {
        json.generator().writeStartObject();
        json.field("change", c.kind().id());
        json.field("key", c.key());
        json.field("protocol", c.protocol());
        json.field("layer", c.layer());
        json.generator().writeArrayFieldStart("fields");
        for (String field : c.changedFields()) {
            json.generator().writeString(field);
        }
        json.generator().writeEndArray();
        entry(json, "before", c.before());
        entry(json, "after", c.after());
        json.generator().writeEndObject();
    }

    private static void entry(JsonOut json, String name, Entry e) throws IOException {
        if (e == null) {
            json.generator().writeNullField(name);
            return;
        }
        json.generator().writeObjectFieldStart(name);
        json.field("id", e.id());
        json.field("sourceRow", e.sourceRow());
        json.field("domain", e.domain());
        json.field("address", e.address());
        json.field("target", e.target());
        json.field("port", e.port());
        json.field("owner", e.owner());
        json.field("justification", e.justification());
        json.field("expires", e.expires());
        json.generator().writeEndObject();
    }

    private static void snapshot(JsonOut json, String name, Snapshot s) throws IOException {
        json.generator().writeObjectFieldStart(name);
        json.field("id", s.id());
        json.field("label", s.label());
        json.field("locator", s.locator());
        json.field("sha256", s.sha256());
        json.field("importedAt", s.finishedAt() == null ? null : s.finishedAt().toString());
        json.field("entries", s.importedCount());
        json.generator().writeEndObject();
    }

    private static String name(Snapshot s) {
        return s.id() + (s.label() == null ? "" : " (" + s.label() + ")");
    }

    private static String hostPort(Entry e) {
        return e.target() == null ? "-" : e.target() + (e.port() == null ? "" : ":" + e.port());
    }

    private static String value(Entry e, String field) {
        Object v = switch (field) {
            case "target" -> e.target();
            case "port" -> e.port();
            case "owner" -> e.owner();
            case "justification" -> e.justification();
            case "expires" -> e.expires();
            default -> throw new IllegalArgumentException(field);
        };
        return v == null ? "(none)" : v.toString();
    }
}
