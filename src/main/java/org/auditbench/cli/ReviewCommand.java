package org.auditbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.auditbench.model.Review;
import org.auditbench.model.SignOff;
import org.auditbench.model.TriageStatus;
import org.auditbench.triage.ReviewService;
import org.auditbench.triage.ReviewSummary;
import org.auditbench.workspace.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code review open|show|list}: review periods, their statistics and sign-offs. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Open a review period, or show reviews with their statistics and sign-offs.",
        subcommands = {ReviewCommand.Open.class, ReviewCommand.Show.class, ReviewCommand.ListReviews.class})
final class ReviewCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a review command: open, show or list");
    }

    /** {@code review open PERIOD --by NAME}. */
    @Command(name = "open", mixinStandardHelpOptions = true,
            description = "Open a review period (2026Q4, 2026H2, 2026-11, 2026 or 2026-10-01..2026-12-31); decisions"
                    + " made from now on belong to it until it is signed off.")
    static final class Open implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace = new WorkspaceOption();

        @Parameters(index = "0", paramLabel = "PERIOD", description = "The period under review.")
        String period;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who opens the review.")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = workspace.openExisting()) {
                Review review = new ReviewService(ws).open(period, by);
                spec.commandLine().getOut().printf("Opened review %s (%s..%s), review %d; decisions now belong to it.%n",
                        review.period(), review.start(), review.end(), review.id());
            }
            return AuditbenchCli.OK;
        }
    }

    /** {@code review show}: the open review, or the newest signed one. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show the open review (or the newest signed one) with its statistics and sign-off.")
    static final class Show implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace = new WorkspaceOption();

        @Mixin
        OutputOption output = new OutputOption();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = output.out();
            try (Workspace ws = workspace.openExisting()) {
                ReviewService service = new ReviewService(ws);
                java.util.Optional<Review> current = service.current();
                if (current.isEmpty()) {
                    if (output.json()) {
                        out.println("null");
                    } else {
                        out.println("No review has been opened yet; decisions made so far will belong to the first"
                                + " one (auditbench review open PERIOD --by NAME, or sign off a period directly).");
                    }
                    return AuditbenchCli.OK;
                }
                ReviewSummary summary = service.summary(current.get());
                if (output.json()) {
                    try (JsonOut json = new JsonOut(out)) {
                        writeJson(json, summary);
                    }
                } else {
                    printText(out, summary);
                }
            }
            return AuditbenchCli.OK;
        }
    }

    /** {@code review list}: every review, oldest first. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every review, oldest first.")
    static final class ListReviews implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace = new WorkspaceOption();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace ws = workspace.openExisting()) {
                for (Review r : ws.reviews().all()) {
                    SignOff s = r.signOff();
                    out.printf("%3d  %-24s opened %s by %s; %s%n", r.id(), r.period() + " (" + r.start() + ".."
                            + r.end() + ")", r.openedAt(), r.openedBy(), s == null ? "OPEN"
                            : "signed off " + s.signedAt() + " by " + s.reviewer() + " (" + s.role() + ")");
                }
            }
            return AuditbenchCli.OK;
        }
    }

    static void printText(PrintWriter out, ReviewSummary s) {
        Review r = s.review();
        out.printf("Review %s (%s..%s), opened %s by %s: %s%n", r.period(), r.start(), r.end(), r.openedAt(),
                r.openedBy(), s.signed() ? "SIGNED OFF, read-only" : "open");
        out.printf("Scan %s of snapshot(s) %s%n", s.scanId() == null ? "-" : s.scanId(), s.snapshotIds());
        out.printf("Decisions: %d by %s; %.0f%% in bulk (%d); median %s between individual decisions%n",
                s.decisions(), s.reviewers().isEmpty() ? "nobody" : String.join(", ", s.reviewers()),
                s.bulkShare() * 100, s.bulkDecisions(), s.medianSecondsBetweenIndividualDecisions() == null ? "-"
                        : String.format(Locale.ROOT, "%.1f s", s.medianSecondsBetweenIndividualDecisions()));
        out.printf("Automatic changes: %d (%d waiver lapse%s)%n", s.automaticChanges(), s.waiverLapses(),
                s.waiverLapses() == 1 ? "" : "s");
        StringBuilder statuses = new StringBuilder();
        for (TriageStatus status : TriageStatus.values()) {
            statuses.append(statuses.length() == 0 ? "" : ", ").append(s.findingsByStatus().getOrDefault(status, 0L))
                    .append(' ').append(status.id());
        }
        out.printf("Findings%s: %s%n", s.signed() ? " at sign-off" : "", statuses);
        SignOff so = s.signOff();
        if (so != null) {
            out.printf("Signed off %s by %s (%s): \"%s\"%n", so.signedAt(), so.reviewer(), so.role(), so.statement());
            out.printf("  findings SHA-256 %s%n  decisions SHA-256 %s%n", so.findingsSha256(), so.decisionsSha256());
            if (so.reportSha256() != null) {
                out.printf("  report SHA-256 %s%n", so.reportSha256());
            }
            out.printf("  audit row %d%n", so.auditSeq());
        }
    }

    static void writeJson(JsonOut json, ReviewSummary s) throws IOException {
        Review r = s.review();
        json.generator().writeStartObject();
        json.field("id", r.id());
        json.field("period", r.period());
        json.field("start", r.start());
        json.field("end", r.end());
        json.field("openedAt", r.openedAt().toString());
        json.field("openedBy", r.openedBy());
        json.generator().writeBooleanField("signed", s.signed());
        json.field("scanId", s.scanId());
        json.generator().writeArrayFieldStart("snapshotIds");
        for (long id : s.snapshotIds()) {
            json.generator().writeNumber(id);
        }
        json.generator().writeEndArray();
        json.field("decisions", s.decisions());
        json.field("bulkDecisions", s.bulkDecisions());
        json.generator().writeNumberField("bulkShare", s.bulkShare());
        if (s.medianSecondsBetweenIndividualDecisions() == null) {
            json.generator().writeNullField("medianSecondsBetweenIndividualDecisions");
        } else {
            json.generator().writeNumberField("medianSecondsBetweenIndividualDecisions",
                    s.medianSecondsBetweenIndividualDecisions());
        }
        json.generator().writeArrayFieldStart("reviewers");
        for (String reviewer : s.reviewers()) {
            json.generator().writeString(reviewer);
        }
        json.generator().writeEndArray();
        json.field("waiverLapses", s.waiverLapses());
        json.field("automaticChanges", s.automaticChanges());
        json.generator().writeObjectFieldStart("findingsByStatus");
        for (Map.Entry<TriageStatus, Long> e : new java.util.TreeMap<>(s.findingsByStatus()).entrySet()) {
            json.field(e.getKey().id(), e.getValue());
        }
        json.generator().writeEndObject();
        SignOff so = s.signOff();
        if (so == null) {
            json.generator().writeNullField("signOff");
        } else {
            json.generator().writeObjectFieldStart("signOff");
            json.field("reviewer", so.reviewer());
            json.field("role", so.role());
            json.field("statement", so.statement());
            json.field("signedAt", so.signedAt().toString());
            json.field("scanId", so.scanId());
            json.field("findingsSha256", so.findingsSha256());
            json.field("decisionsSha256", so.decisionsSha256());
            json.field("reportSha256", so.reportSha256());
            json.field("auditSeq", so.auditSeq());
            json.generator().writeEndObject();
        }
        json.generator().writeEndObject();
    }
}
