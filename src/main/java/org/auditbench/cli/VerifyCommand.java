package org.auditbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.auditbench.triage.AuditVerifier;
import org.auditbench.triage.VerifyReport;
import org.auditbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code verify}: check the audit log's hash chain and that the workspace agrees with it. Exit 1 when not. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify the audit log: walk its hash chain, report the first broken row, and check that"
                + " snapshots, scans, decisions and sign-offs agree with it.",
            "Exit codes: 0 intact, 1 tampering found (the rows are named), 2 the workspace cannot be read."})
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Mixin
    OutputOption output = new OutputOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = output.out();
        VerifyReport report;
        try (Workspace ws = workspace.openExisting()) {
            report = AuditVerifier.verify(ws);
        }
        if (output.json()) {
            try (JsonOut json = new JsonOut(out)) {
                json.generator().writeStartObject();
                json.generator().writeBooleanField("intact", report.intact());
                json.field("rows", report.rows());
                json.field("headHash", report.headHash());
                json.field("firstBrokenRow", report.firstBrokenRow().map(VerifyReport.Problem::seq).orElse(null));
                json.generator().writeArrayFieldStart("problems");
                for (VerifyReport.Problem p : report.problems()) {
                    json.generator().writeStartObject();
                    json.field("row", p.seq());
                    json.field("message", p.message());
                    json.generator().writeEndObject();
                }
                json.generator().writeEndArray();
                json.generator().writeEndObject();
            }
        } else if (report.intact()) {
            out.printf("Audit log intact: %d rows, head %s; the workspace's snapshots, scans, decisions and"
                    + " sign-offs agree with it.%n", report.rows(), report.headHash() == null ? "(empty)" : report.headHash());
        } else {
            out.printf("Audit log NOT intact (%d rows):%n", report.rows());
            for (VerifyReport.Problem p : report.problems()) {
                out.printf("  %s%s%n", p.seq() == null ? "" : "row " + p.seq() + ": ", p.message());
            }
        }
        if (!report.intact()) {
            spec.commandLine().getErr().println("auditbench: verify failed" + report.firstBrokenRow()
                    .map(p -> " at audit-log row " + p.seq()).orElse("") + ": " + report.problems().get(0).message());
            return AuditbenchCli.VERIFY_FAILED;
        }
        return AuditbenchCli.OK;
    }
}
