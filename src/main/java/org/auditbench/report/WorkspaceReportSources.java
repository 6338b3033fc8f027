package org.auditbench.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.auditbench.model.Finding;
import org.auditbench.model.Policy;
import org.auditbench.model.Scan;
import org.auditbench.model.Snapshot;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleMetadata;
import org.auditbench.rules.catalog.RuleCatalog;
import org.auditbench.rules.engine.PolicyException;
import org.auditbench.rules.engine.PolicyLoader;
import org.auditbench.workspace.FindingQuery;
import org.auditbench.workspace.ReportDao;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * The report's data read from a workspace through its DAOs, with triage and changes supplied by the
 * given views (so the triage module can plug in its own).
 */
public final class WorkspaceReportSources implements ReportSources {

    private final Workspace workspace;
    private final ReportScope scope;
    private final TriageView triage;
    private final ChangeSource changes;

    private WorkspaceReportSources(Workspace workspace, ReportScope scope, TriageView triage, ChangeSource changes) {
        this.workspace = workspace;
        this.scope = scope;
        this.triage = triage;
        this.changes = changes;
    }

    /** Resolves the scan (the requested one or the latest) and everything the report states about it. */
    public static WorkspaceReportSources open(Workspace workspace, ReportRequest request, TriageView triage,
            ChangeSource changes) throws ReportException {
        try {
            Optional<Scan> found = request.scanId() == null ? workspace.scans().latest()
                    : workspace.scans().byId(request.scanId());
            Scan scan = found.orElseThrow(() -> new ReportException(request.scanId() == null
                    ? workspace.file() + " has not been scanned yet; run auditbench scan before the report"
                    : "there is no complete scan " + request.scanId() + " in " + workspace.file()));
            ReportDao data = workspace.reportData();
            String origin = data.policyOrigin(scan.id()).orElse("(unknown)");
            String text = workspace.scans().policyText(scan.id()).orElse("");
            Policy policy = policyOf(scan, text, origin);
            List<SourceSnapshot> sources = new ArrayList<>();
            for (long id : scan.snapshotIds()) {
                Snapshot current = workspace.snapshots().byId(id).orElseThrow(() -> new ReportException(
                        "scan " + scan.id() + " names snapshot " + id + ", which is missing from " + workspace.file()));
                sources.add(new SourceSnapshot(current, data.previousOf(current).orElse(null)));
            }
            String period = request.period() != null ? request.period() : ReviewPeriods.quarterOf(policy.reviewDate());
            ReportScope scope = new ReportScope(period, request.clock().instant(), scan, policy, origin, text,
                    referenceData(scan.referenceVersions()), sources, data.entryCount(scan.id()));
            return new WorkspaceReportSources(workspace, scope, triage, changes);
        } catch (WorkspaceException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }

    /** The policy as the scan judged with it: a policy without review date meant the day of the scan. */
    private static Policy policyOf(Scan scan, String text, String origin) throws ReportException {
        Clock atScan = Clock.fixed(scan.startedAt(), java.time.ZoneId.systemDefault());
        try {
            return new PolicyLoader(atScan).parseChecked(text, origin).policy();
        } catch (PolicyException e) {
            throw new ReportException("the policy stored with scan " + scan.id() + " no longer loads: "
                    + e.getMessage(), e);
        }
    }

    /** {@code name: version; name: version} as recorded with a scan, back into pairs. */
    static Map<String, String> referenceData(String summary) {
        Map<String, String> out = new LinkedHashMap<>();
        if (summary == null || summary.isBlank()) {
            return out;
        }
        for (String part : summary.split("; ")) {
            int colon = part.indexOf(": ");
            if (colon < 0) {
                out.put(part.strip(), "");
            } else {
                out.put(part.substring(0, colon).strip(), part.substring(colon + 2).strip());
            }
        }
        return out;
    }

    @Override
    public ReportScope scope() {
        return scope;
    }

    @Override
    public void forEachFinding(Consumer<ReportFinding> consumer) throws ReportException {
        try {
            // triage state arrives with each finding in the same query: no per-finding look-up at a million rows
            workspace.findings().<RuntimeException>forEachTriaged(scope.scan().id(), FindingQuery.ALL,
                    (f, t) -> {
                        stopIfCancelled();
                        consumer.accept(new ReportFinding(f, TriageBackedView.of(t)));
                    });
        } catch (WorkspaceException e) {
            throw new ReportException(e.getMessage(), e);
        } catch (Unchecked e) {
            throw e.getCause();
        }
    }

    @Override
    public void forEachEntryByOwner(Consumer<ReportEntry> consumer) throws ReportException {
        try {
            workspace.reportData().<RuntimeException>forEachEntryByOwner(scope.scan().id(), row -> {
                stopIfCancelled();
                consumer.accept(entry(row));
            });
        } catch (WorkspaceException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }

    @Override
    public void forEachExpiryConcern(Consumer<ReportEntry> consumer) throws ReportException {
        LocalDate horizon = scope.expiringHorizon();
        try {
            workspace.reportData().<RuntimeException>forEachExpiringBefore(scope.scan().id(), horizon,
                    row -> consumer.accept(entry(row)));
        } catch (WorkspaceException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }

    /**
     * A report of a million findings takes a minute; the workbench cancels it by interrupting its thread. The
     * writer then stops at the next row and its unfinished file is deleted (see {@code ExcelReport.write}).
     */
    private static void stopIfCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the export was cancelled");
        }
    }

    private static ReportEntry entry(ReportDao.EntryOverview row) {
        return new ReportEntry(row.entry(), row.sourceName(), row.findings(), row.worst());
    }

    @Override
    public List<Comparison> comparisons() {
        return scope.sources().stream().map(s -> new Comparison(s.current().sourceName(), s.previous(), s.current()))
                .toList();
    }

    @Override
    public void forEachChange(Comparison comparison, Consumer<ChangeRow> consumer) throws ReportException {
        changes.forEachChange(comparison, consumer);
    }

    @Override
    public List<OwnerCount> topOwners(int limit) throws ReportException {
        try {
            return workspace.reportData().topOwners(scope.scan().id(), limit).stream()
                    .map(t -> new OwnerCount(t.owner(), t.findings(), t.bySeverity())).toList();
        } catch (WorkspaceException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }

    @Override
    public long ownerCount() throws ReportException {
        try {
            return workspace.reportData().ownerCount(scope.scan().id());
        } catch (WorkspaceException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }

    @Override
    public List<WaiverRow> waivers() throws ReportException {
        return triage.waivers(scope.period());
    }

    @Override
    public Optional<SignoffInfo> signoff() throws ReportException {
        return triage.signoff(scope.period());
    }

    @Override
    public ReviewStats statistics() throws ReportException {
        return triage.statistics(scope.period());
    }

    @Override
    public String decisionsSha256() throws ReportException {
        return triage.decisionsSha256(scope.period());
    }

    @Override
    public List<RuleMetadata> rules() {
        return RuleCatalog.all().stream().map(Rule::metadata).toList();
    }

    @Override
    public List<String> missingRules() {
        return RuleCatalog.CATALOGUE_IDS.stream().filter(id -> RuleCatalog.byId(id).isEmpty()).toList();
    }

    /** Carries a triage failure out of the finding stream's callback. */
    private static final class Unchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unchecked(ReportException cause) {
            super(cause);
        }

        @Override
        public synchronized ReportException getCause() {
            return (ReportException) super.getCause();
        }
    }
}
