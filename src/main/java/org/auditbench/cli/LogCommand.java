package org.auditbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.auditbench.model.AuditRecord;
import org.auditbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code log}: the audit log, oldest first. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Print the audit log: every import, scan, decision, waiver lapse, policy change, report export"
                + " and sign-off, oldest first. Check it with: auditbench verify")
final class LogCommand implements Callable<Integer> {

    private static final com.fasterxml.jackson.databind.ObjectMapper DETAILS =
            new com.fasterxml.jackson.databind.ObjectMapper();

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Option(names = "--action", paramLabel = "ACTION", description = "Only rows of this action (repeatable), e.g."
            + " waiver-lapsed, decision, scan.")
    Set<String> actions = new LinkedHashSet<>();

    @Mixin
    OutputOption output = new OutputOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = output.out();
        try (Workspace ws = workspace.openExisting()) {
            if (output.json()) {
                JsonOut.array(out, json -> ws.audit().<IOException>forEach(r -> {
                    if (actions.isEmpty() || actions.contains(r.action())) {
                        write(json, r);
                    }
                }));
            } else {
                ws.audit().<RuntimeException>forEach(r -> {
                    if (actions.isEmpty() || actions.contains(r.action())) {
                        out.printf("%5d  %s  %-20s %-16s %s%n", r.seq(), r.at(), r.action(), r.actor(), r.details());
                    }
                });
            }
        }
        return AuditbenchCli.OK;
    }

    private static void write(JsonOut json, AuditRecord r) throws IOException {
        json.generator().writeStartObject();
        json.field("seq", r.seq());
        json.field("at", r.at());
        json.field("actor", r.actor());
        json.field("action", r.action());
        String details;
        try {
            details = DETAILS.writeValueAsString(DETAILS.readTree(r.details()));
        } catch (IOException e) {
            details = null; // edited into something that is not JSON; verify says so
        }
        json.generator().writeFieldName("details");
        if (details == null) {
            json.generator().writeString(r.details());
        } else {
            json.generator().writeRawValue(details);
        }
        json.field("prevHash", r.prevHash());
        json.field("hash", r.hash());
        json.generator().writeEndObject();
    }
}
