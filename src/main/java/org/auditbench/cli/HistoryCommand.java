package org.auditbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.auditbench.model.Decision;
import org.auditbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code history [FINGERPRINT]}: the history of triage decisions, by people and by the system, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List triage decisions (people's, and the system's: lapsed waivers, fixed findings), oldest first.")
final class HistoryCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Parameters(arity = "0..1", paramLabel = "FINGERPRINT", description = "Only the decisions about this finding.")
    String fingerprint;

    @Mixin
    OutputOption output = new OutputOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = output.out();
        try (Workspace ws = workspace.openExisting()) {
            if (output.json()) {
                JsonOut.array(out, json -> ws.decisions().<IOException>forEach(fingerprint, d -> write(json, d)));
            } else {
                long[] n = {0};
                ws.decisions().<RuntimeException>forEach(fingerprint, d -> {
                    n[0]++;
                    out.printf("%5d  %s  %-14s %-15s -> %-15s %-8s %s %s%n", d.id(), d.decidedAt(), d.origin().id(),
                            d.previousStatus().id(), d.status().id(), d.rule(), d.fingerprint(), d.actor());
                    String detail = (d.waiverUntil() == null ? "" : "until " + d.waiverUntil() + ": " + d.reason())
                            + (d.comment() == null ? "" : (d.waiverUntil() == null ? "" : " — ") + d.comment());
                    if (!detail.isEmpty()) {
                        out.printf("       %s%n", detail);
                    }
                });
                out.printf("%d decision%s%s.%n", n[0], n[0] == 1 ? "" : "s",
                        fingerprint == null ? "" : " about " + fingerprint);
            }
        }
        return AuditbenchCli.OK;
    }

    private static void write(JsonOut json, Decision d) throws IOException {
        json.generator().writeStartObject();
        json.field("id", d.id());
        json.field("fingerprint", d.fingerprint());
        json.field("source", d.sourceName());
        json.field("rule", d.rule());
        json.field("status", d.status().id());
        json.field("previousStatus", d.previousStatus().id());
        json.field("origin", d.origin().id());
        json.field("actor", d.actor());
        json.field("decidedAt", d.decidedAt().toString());
        json.field("comment", d.comment());
        json.field("reason", d.reason());
        json.field("waiverUntil", d.waiverUntil());
        json.field("scanId", d.scanId());
        json.field("auditSeq", d.auditSeq());
        json.generator().writeEndObject();
    }
}
