package org.auditbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.auditbench.report.Decision;
import org.auditbench.report.DecisionCheck;
import org.auditbench.report.TriageBackedView;
import org.auditbench.report.TriageDecisionRecorder;
import org.auditbench.report.DecisionValidator;
import org.auditbench.report.RowProblem;
import org.auditbench.report.WorkspaceDecisionContext;
import org.auditbench.report.excel.ReturnedWorkbook;
import org.auditbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code decisions FILE.xlsx --by NAME}: read Status and Comment of a returned report back as decisions. */
@Command(name = "decisions", mixinStandardHelpOptions = true,
        description = "Read the decisions reviewers entered in a returned report (Status, Comment, Waiver until)"
                + " and record the valid ones; rows that cannot be applied are listed with their row numbers.")
final class DecisionsCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "The returned report.")
    Path file;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who made the decisions.")
    String decidedBy;

    @Option(names = "--dry-run", description = "Only check the workbook; record nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String period = ReturnedWorkbook.period(file);
        DecisionCheck check;
        try (Workspace ws = workspace.openExisting()) {
            WorkspaceDecisionContext context = WorkspaceDecisionContext.open(ws, new TriageBackedView(ws));
            DecisionValidator validator = new DecisionValidator(context, period, decidedBy, LocalDate.now());
            ReturnedWorkbook.read(file, validator::accept);
            check = validator.result();
            if (!dryRun && !check.decisions().isEmpty()) {
                new TriageDecisionRecorder(ws).record(check.decisions());
            }
        }
        print(check);
        return AuditbenchCli.OK;
    }

    private void print(DecisionCheck check) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s (review %s): %,d finding rows, %,d decision%s, %,d unchanged, %,d not applied.%n", file,
                check.period(), check.rows(), check.decisions().size(), check.decisions().size() == 1 ? "" : "s",
                check.unchanged(), check.problems().size());
        for (Decision d : check.decisions()) {
            out.printf("  %s row %d: %s -> %s%s%s%n", d.sheet(), d.row(), d.fingerprint(), d.status().id(),
                    d.waiverUntil() == null ? "" : " until " + d.waiverUntil(),
                    d.comment() == null ? "" : " (" + d.comment() + ")");
        }
        if (!check.problems().isEmpty()) {
            out.println("Not applied:");
            for (RowProblem p : check.problems()) {
                out.println("  " + p);
            }
        }
        out.println(dryRun ? "Dry run: nothing was recorded."
                : check.decisions().size() + " decision" + (check.decisions().size() == 1 ? "" : "s")
                        + " recorded by " + decidedBy + ".");
    }
}
