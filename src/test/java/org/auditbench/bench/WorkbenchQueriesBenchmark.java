package org.auditbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.auditbench.gui.session.WorkspaceState;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.ImportListener;
import org.auditbench.importer.ImportOptions;
import org.auditbench.importer.ImportService;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;
import org.auditbench.triage.DecisionRequest;
import org.auditbench.triage.TriageResult;
import org.auditbench.triage.TriageService;
import org.auditbench.workspace.TriageSelection;
import org.auditbench.rules.engine.PolicyLoader;
import org.auditbench.workspace.EntryGroup;
import org.auditbench.workspace.EntryGrouping;
import org.auditbench.workspace.EntryQuery;
import org.auditbench.workspace.EntrySummary;
import org.auditbench.workspace.FindingFilter;
import org.auditbench.workspace.FindingSearchDao;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The workbench's queries on a workspace of 1,000,000 entries (DESIGN §6): how long the window waits
 * for each view. Not part of {@code mvn verify}; run with {@code mvn -Pbench verify}
 * ({@code -Dbench.entries=N} for another size, {@code -Dbench.dir=DIR} and {@code -Dbench.keep=true} to keep
 * the workspace, e.g. to open it in the window). Prints one line per query.
 */
@Tag("bench")
class WorkbenchQueriesBenchmark {

    private static final int ENTRIES = Integer.getInteger("bench.entries", 1_000_000);

    @Test
    void workbenchQueriesOnAMillionEntries() throws Exception {
        String base = System.getProperty("bench.dir");
        Path dir = base == null ? Files.createTempDirectory("auditbench-bench")
                : Files.createDirectories(Path.of(base));
        Path csv = dir.resolve("big.csv");
        Path file = dir.resolve("big.db");
        try {
            long t = System.nanoTime();
            generate(csv);
            report("generate CSV (" + ENTRIES + " rows)", t);
            try (Workspace ws = Workspace.open(file)) {
                t = System.nanoTime();
                new ImportService(ws).run(ImportInput.of(csv), ImportOptions.defaults().withSourceName("big"),
                        ImportListener.NONE);
                report("import", t);
                t = System.nanoTime();
                var scan = new org.auditbench.rules.engine.ScanService(ws).scan(new PolicyLoader().builtIn());
                report("scan (" + scan.findings() + " findings)", t);

                t = System.nanoTime();
                WorkspaceState state = WorkspaceState.load(ws, false, Clock.systemDefaultZone());
                report("window state (snapshots, scan, counts)", t);
                EntryQuery all = new EntryQuery(state.snapshotIds(), state.scanId(), LocalDate.of(2026, 12, 31), null,
                        null, null);
                for (EntryGrouping g : EntryGrouping.values()) {
                    t = System.nanoTime();
                    var grouped = ws.entryGroups().groups(all, g, 500);
                    List<EntryGroup> groups = grouped.groups();
                    long count = grouped.total();
                    report("entries: group by " + g.id() + " (" + count + " groups)", t);
                    t = System.nanoTime();
                    List<EntrySummary> page = ws.entryGroups().entries(all, g, groups.get(0).key(), 0, 200);
                    report("entries: first page of the first group (" + groups.get(0).entries() + " entries)", t);
                    assertThat(page).isNotEmpty();
                }
                t = System.nanoTime();
                ws.entryGroups().groups(all.withText("owner-17"), EntryGrouping.OWNER, 500);
                report("entries: search 'owner-17', grouped by owner", t);
                List<EntrySummary> first = ws.entryGroups().entries(all, EntryGrouping.LAYER, "domain", 0, 1);
                for (String when : List.of("first, builds the identity index the import left out", "again")) {
                    t = System.nanoTime();
                    ws.entryHistory().history(first.get(0).id());
                    ws.findingSearch().forEntry(state.scanId(), first.get(0).id());
                    ws.entries().byId(first.get(0).id());
                    report("entries: detail pane (entry, findings, history), " + when, t);
                }

                FindingSearchDao findings = ws.findingSearch();
                t = System.nanoTime();
                var page = findings.page(state.scanId(), FindingFilter.ALL, FindingSearchDao.Cursor.START, 500);
                findings.count(state.scanId(), FindingFilter.ALL);
                report("findings: first page + count", t);
                t = System.nanoTime();
                for (int i = 0; i < 20; i++) {
                    page = findings.page(state.scanId(), FindingFilter.ALL,
                            FindingSearchDao.Cursor.after(page.get(page.size() - 1)), 500);
                }
                report("findings: 20 further pages (scrolling 10,000 rows)", t);
                FindingFilter owner = new FindingFilter(Set.of(Severity.HIGH, Severity.MEDIUM), Set.of(), Set.of(),
                        Set.of("owner-17"), null);
                t = System.nanoTime();
                findings.page(state.scanId(), owner, FindingSearchDao.Cursor.START, 500);
                findings.count(state.scanId(), owner);
                report("findings: filtered by owner and severity", t);
                t = System.nanoTime();
                findings.rules(state.scanId());
                findings.owners(state.scanId(), 300);
                report("findings: filter choices (rules, owners)", t);
                t = System.nanoTime();
                findings.page(state.scanId(), new FindingFilter(null, null, null, null, "host-123"),
                        FindingSearchDao.Cursor.START, 500);
                report("findings: text search", t);

                t = System.nanoTime();
                var overview = ws.overview();
                overview.findingsByRule(state.scanId());
                overview.topOwners(state.scanId(), 8);
                overview.expiriesByMonth(state.snapshotIds(), YearMonth.of(2026, 12), YearMonth.of(2027, 12));
                overview.expiredBefore(state.snapshotIds(), LocalDate.of(2026, 12, 31));
                ws.findings().countBySeverity(state.scanId());
                overview.openBySeverity(state.scanId());
                report("overview: all aggregates", t);

                // the same listings once a large share of the findings has been decided: every listing joins
                // the triage state, and filters and counts go by the status in force
                t = System.nanoTime();
                TriageResult bulk = new TriageService(ws).decideMatching(new TriageSelection(Set.of("external-routing"),
                        null, Set.of(), Set.of()), new DecisionRequest(TriageStatus.ACCEPTED_RISK, "bench",
                        null, "partner contracts under review", LocalDate.now().plusDays(90)));
                report("triage: bulk waiver of " + bulk.count() + " findings", t);
                FindingFilter open = new FindingFilter(Set.of(), Set.of(), Set.of(TriageStatus.OPEN), Set.of(), null);
                FindingFilter waived = new FindingFilter(Set.of(), Set.of(), Set.of(TriageStatus.ACCEPTED_RISK),
                        Set.of(), null);
                t = System.nanoTime();
                findings.page(state.scanId(), FindingFilter.ALL, FindingSearchDao.Cursor.START, 500);
                findings.count(state.scanId(), FindingFilter.ALL);
                report("findings (triaged): first page + count", t);
                t = System.nanoTime();
                findings.page(state.scanId(), open, FindingSearchDao.Cursor.START, 500);
                findings.count(state.scanId(), open);
                report("findings (triaged): status open, first page + count", t);
                t = System.nanoTime();
                findings.page(state.scanId(), waived, FindingSearchDao.Cursor.START, 500);
                findings.count(state.scanId(), waived);
                report("findings (triaged): status accepted-risk, first page + count", t);
                t = System.nanoTime();
                overview.topOwners(state.scanId(), 8);
                overview.openBySeverity(state.scanId());
                report("overview (triaged): open by severity, top owners", t);
                t = System.nanoTime();
                WorkspaceState.load(ws, false, Clock.systemDefaultZone());
                report("window state after the decision (reload)", t);
                t = System.nanoTime();
                var verified = org.auditbench.triage.AuditVerifier.verify(ws);
                report("audit-log check of the status bar (" + verified.rows() + " rows, intact "
                        + verified.intact() + ")", t);
            }
        } finally {
            if (Boolean.getBoolean("bench.keep")) {
                System.out.println("BENCH kept " + file);
            } else {
                for (String name : List.of("big.csv", "big.db", "big.db-wal", "big.db-shm")) {
                    Files.deleteIfExists(dir.resolve(name));
                }
                Files.deleteIfExists(dir);
            }
        }
    }

    /** Entries of 2,000 owners, 5 layers and 300 justifications; about a third route to partners. */
    private static void generate(Path csv) throws Exception {
        Random random = new Random(42);
        String[] layers = {"v2", "v1", "fixed", "provider", "domain"};
        String[] protocols = {"imap", "smtp", "pop3", "autodiscover", "mx"};
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("layer,domain,protocol,hostname,port,owner,justification,expires,environment\n");
            for (int i = 0; i < ENTRIES; i++) {
                String domain = "customer-" + i + ".com";
                String target = random.nextInt(3) == 0 ? "mail.partner-" + random.nextInt(50) + ".net"
                        : "host-" + (i % 1000) + ".customer-" + i + ".com";
                LocalDate expires = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(1500));
                out.write(layers[i % 5] + "," + domain + "," + protocols[random.nextInt(5)] + "," + target + ",993,"
                        + "owner-" + random.nextInt(2000) + ",Justification " + random.nextInt(300) + ","
                        + (random.nextInt(10) == 0 ? "" : expires) + ",prod\n");
            }
        }
    }

    private static void report(String what, long startNanos) {
        System.out.printf("BENCH %-62s %8.0f ms%n", what, (System.nanoTime() - startNanos) / 1e6);
    }
}
