package org.auditbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.auditbench.model.Scan;
import org.auditbench.model.Waiver;
import org.auditbench.model.WaiverState;
import org.auditbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code waivers}: active, orphaned (their finding no longer exists) and expired waivers. */
@Command(name = "waivers", mixinStandardHelpOptions = true,
        description = "List waivers: active, orphaned (the finding no longer exists) and expired.")
final class WaiversCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Option(names = "--state", paramLabel = "STATE", description = "Only waivers in this state (repeatable):"
            + " active, orphaned, expired.")
    Set<String> states = new LinkedHashSet<>();

    @Mixin
    OutputOption output = new OutputOption();

    @Override
    public Integer call() throws Exception {
        Set<WaiverState> wanted = new LinkedHashSet<>();
        for (String state : states) {
            try {
                wanted.add(WaiverState.valueOf(state.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--state '" + state + "' is not active, orphaned or expired");
            }
        }
        PrintWriter out = output.out();
        try (Workspace ws = workspace.openExisting()) {
            Long latest = ws.scans().latest().map(Scan::id).orElse(null);
            if (output.json()) {
                JsonOut.array(out, json -> ws.decisions().<IOException>forEachWaiver(latest, w -> {
                    if (wanted.isEmpty() || wanted.contains(w.state())) {
                        write(json, w);
                    }
                }));
                return AuditbenchCli.OK;
            }
            Map<WaiverState, Long> counts = new EnumMap<>(WaiverState.class);
            ws.decisions().<RuntimeException>forEachWaiver(latest, w -> {
                if (wanted.isEmpty() || wanted.contains(w.state())) {
                    counts.merge(w.state(), 1L, Long::sum);
                    out.printf("%-9s %-15s until %s  %-22s %s  by %s%n", w.state().id().toUpperCase(Locale.ROOT),
                            w.status() == null ? "-" : w.status().id(), w.until(), w.rule(), w.fingerprint(),
                            w.decidedBy());
                    out.printf("          %s%s%n", w.reason(), w.lapsedAt() == null ? "" : " (lapse logged " + w.lapsedAt() + ")");
                }
            });
            out.printf("%d active, %d orphaned, %d expired.%n", counts.getOrDefault(WaiverState.ACTIVE, 0L),
                    counts.getOrDefault(WaiverState.ORPHANED, 0L), counts.getOrDefault(WaiverState.EXPIRED, 0L));
        }
        return AuditbenchCli.OK;
    }

    private static void write(JsonOut json, Waiver w) throws IOException {
        json.generator().writeStartObject();
        json.field("state", w.state().id());
        json.field("fingerprint", w.fingerprint());
        json.field("source", w.sourceName());
        json.field("rule", w.rule());
        json.field("status", w.status() == null ? null : w.status().id());
        json.field("reason", w.reason());
        json.field("until", w.until());
        json.field("decidedBy", w.decidedBy());
        json.field("decidedAt", w.decidedAt() == null ? null : w.decidedAt().toString());
        json.field("comment", w.comment());
        json.field("lapsedAt", w.lapsedAt() == null ? null : w.lapsedAt().toString());
        json.generator().writeEndObject();
    }
}
