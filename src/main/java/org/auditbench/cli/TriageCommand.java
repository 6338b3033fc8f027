package org.auditbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;
import org.auditbench.triage.DecisionRequest;
import org.auditbench.triage.TriageException;
import org.auditbench.triage.TriageResult;
import org.auditbench.triage.TriageService;
import org.auditbench.workspace.TriageDao;
import org.auditbench.workspace.TriageSelection;
import org.auditbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triage}: decide about findings of the latest scan, by fingerprint or, in bulk, by filter. */
@Command(name = "triage", mixinStandardHelpOptions = true,
        description = {"Record a decision about findings of the latest scan: name them by fingerprint, or select"
                + " them with filters (--rule, --min-severity, --current-status, --source) for a bulk decision.",
            "Waivers (accepted-risk, false-positive) need --reason and --until; the decision follows the finding"
                + " to later scans by its fingerprint."})
final class TriageCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Parameters(arity = "0..*", paramLabel = "FINGERPRINT", description = "Fingerprints of the findings to decide about.")
    List<String> fingerprints = new ArrayList<>();

    @Option(names = "--status", required = true, paramLabel = "STATUS",
            description = "The new status: open, remediate, accepted-risk or false-positive.")
    String status;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who decides.")
    String by;

    @Option(names = "--comment", paramLabel = "TEXT", description = "A note kept with the decision.")
    String comment;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the finding is waived (waivers only).")
    String reason;

    @Option(names = "--until", paramLabel = "DATE", description = "The waiver's last valid day, YYYY-MM-DD (waivers only).")
    String until;

    @Option(names = "--rule", paramLabel = "ID", description = "Bulk: findings of this rule (repeatable).")
    Set<String> rules = new LinkedHashSet<>();

    @Option(names = "--min-severity", paramLabel = "LEVEL", description = "Bulk: findings at least this severe.")
    String minSeverity;

    @Option(names = "--current-status", paramLabel = "STATUS",
            description = "Bulk: findings whose status is now this (repeatable), e.g. open.")
    Set<String> currentStatuses = new LinkedHashSet<>();

    @Option(names = "--source", paramLabel = "NAME", description = "Bulk: findings of this source (repeatable).")
    Set<String> sources = new LinkedHashSet<>();

    @Option(names = "--dry-run", description = "Bulk: count the findings the filter selects; decide nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DecisionRequest request = new DecisionRequest(CliValues.status("--status", status), by, comment, reason,
                CliValues.date("--until", until));
        TriageSelection selection = selection();
        boolean bulk = !selection.isUnrestricted();
        if (bulk && !fingerprints.isEmpty()) {
            throw new TriageException("name findings by fingerprint or select them with filters, not both");
        }
        if (!bulk && fingerprints.isEmpty()) {
            throw new TriageException("name the findings by fingerprint, or select them with --rule, --min-severity,"
                    + " --current-status or --source");
        }
        if (dryRun && !bulk) {
            throw new TriageException("--dry-run previews a bulk decision; give a filter");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.openExisting()) {
            TriageService service = new TriageService(ws);
            if (dryRun) {
                long n = service.countMatching(selection);
                out.printf("%d finding%s of the latest scan match %s; nothing was decided (--dry-run).%n", n,
                        n == 1 ? "" : "s", TriageService.describe(selection));
                return AuditbenchCli.OK;
            }
            TriageResult result = bulk ? service.decideMatching(selection, request) : service.decide(fingerprints, request);
            print(out, spec.commandLine().getErr(), result, request);
        }
        return AuditbenchCli.OK;
    }

    private TriageSelection selection() throws TriageException {
        Set<TriageStatus> current = new LinkedHashSet<>();
        for (String s : currentStatuses) {
            current.add(CliValues.status("--current-status", s));
        }
        Severity severity = minSeverity == null ? null : Severity.parse(minSeverity);
        return new TriageSelection(rules, severity, current, sources);
    }

    private static void print(PrintWriter out, PrintWriter err, TriageResult r, DecisionRequest request) {
        for (TriageDao.Lapse lapse : r.lapses()) {
            out.printf("Waiver lapsed: %s (%s) was %s until %s; now %s.%n", lapse.fingerprint(), lapse.rule(),
                    lapse.waiverStatus().id(), lapse.until(), lapse.statusAfter().id());
        }
        out.printf("Marked %d finding%s %s%s (scan %d, %s, audit row %d).%n", r.count(), r.count() == 1 ? "" : "s",
                r.status().id(), request.until() == null ? "" : " until " + request.until(), r.scanId(),
                r.review() == null ? "no review open yet" : "review " + r.review(), r.auditSeq());
        for (String warning : r.warnings()) {
            err.println("auditbench: warning: " + warning);
        }
    }
}
