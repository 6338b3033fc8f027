package org.auditbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.auditbench.triage.ReviewService;
import org.auditbench.triage.ReviewSummary;
import org.auditbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signoff}: sign off a review period; afterwards it is read-only. */
@Command(name = "signoff", mixinStandardHelpOptions = true,
        description = {"Sign off the review of a period with the SHA-256 of the latest scan's findings and of the"
                + " review's decisions (and of the report, with --report).",
            "Afterwards the review is read-only: further decisions are refused until a new review is opened."})
final class SignoffCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Option(names = "--period", required = true, paramLabel = "PERIOD",
            description = "The period signed off, e.g. 2026Q4 or 2026-10-01..2026-12-31.")
    String period;

    @Option(names = "--reviewer", required = true, paramLabel = "NAME", description = "Who signs off.")
    String reviewer;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "The reviewer's role.")
    String role;

    @Option(names = "--statement", required = true, paramLabel = "TEXT", description = "What the reviewer attests.")
    String statement;

    @Option(names = "--report", paramLabel = "FILE", description = "The report file handed in with the sign-off.")
    Path report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = workspace.openExisting()) {
            ReviewSummary summary = new ReviewService(ws).signOff(period, reviewer, role, statement, report);
            ReviewCommand.printText(spec.commandLine().getOut(), summary);
        }
        return AuditbenchCli.OK;
    }
}
