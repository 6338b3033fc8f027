package org.auditbench.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.auditbench.model.Entry;
import org.auditbench.model.Finding;
import org.auditbench.model.FindingSubject;
import org.auditbench.model.KeyKind;
import org.auditbench.model.Scan;
import org.auditbench.model.Severity;
import org.auditbench.model.Snapshot;
import org.auditbench.model.TargetKind;
import org.auditbench.model.TriageStatus;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleMetadata;
import org.auditbench.rules.catalog.RuleCatalog;
import org.auditbench.rules.engine.PolicyDocument;
import org.auditbench.rules.engine.PolicyLoader;

/** Report data held in lists, for tests that need exact control over every value. */
public final class FakeSources implements ReportSources {

    public static final Instant SCANNED = Instant.parse("2026-12-30T10:00:00Z");

    public final List<ReportFinding> findings = new ArrayList<>();
    public final List<ReportEntry> entries = new ArrayList<>();
    public final List<ChangeRow> changes = new ArrayList<>();
    public final List<WaiverRow> waivers = new ArrayList<>();
    public SignoffInfo signoff;
    private final ReportScope scope;

    public FakeSources() {
        PolicyDocument policy = new PolicyLoader().builtIn();
        Snapshot snapshot = new Snapshot(2, 1, "fake-source", "csv", "/data/fake.csv", "2026Q4", "ab".repeat(32),
                0, 0, SCANNED, SCANNED, null, null);
        Snapshot previous = new Snapshot(1, 1, "fake-source", "csv", "/data/fake.csv", "2026Q3", "cd".repeat(32),
                0, 0, SCANNED, SCANNED, null, null);
        Scan scan = new Scan(7, SCANNED, SCANNED, policy.sha256(), "special-use-domains: test", List.of(2L), 0);
        scope = new ReportScope("2026Q4", SCANNED, scan, policy.policy(), "built-in default", policy.text(),
                Map.of("special-use-domains", "test"), List.of(new SourceSnapshot(snapshot, previous)), 0);
    }

    public static Entry entry(long id, String domain, String owner, String justification, LocalDate expires,
            Map<String, String> extra) {
        return new Entry(id, 2, "line " + (id + 1), domain, KeyKind.EXACT, null, "imap", "mail.contoso.com", null,
                TargetKind.NAME, 993, "ssl", null, owner, justification, LocalDate.of(2025, 1, 1), expires,
                LocalDate.of(2026, 6, 1), "prod", "domain", extra, null, null);
    }

    public static Finding finding(long id, Severity severity, String fingerprint, String owner, String message,
            String evidence) {
        FindingSubject subject = new FindingSubject("fake-source", "d" + id + ".example.com", "d" + id + ".example.com",
                "imap", "mail.contoso.com", 993, "domain", owner, "prod", "line " + id);
        return new Finding(id, 7, id, null, "reserved-domain", severity, fingerprint, message, evidence,
                TriageStatus.OPEN, subject);
    }

    public FakeSources addFinding(Finding f) {
        findings.add(new ReportFinding(f, new CurrentDecision(f.status(), null, null)));
        return this;
    }

    @Override
    public ReportScope scope() {
        return scope;
    }

    @Override
    public void forEachFinding(Consumer<ReportFinding> consumer) {
        findings.forEach(consumer);
    }

    @Override
    public void forEachEntryByOwner(Consumer<ReportEntry> consumer) {
        entries.forEach(consumer);
    }

    @Override
    public void forEachExpiryConcern(Consumer<ReportEntry> consumer) {
        entries.stream().filter(e -> e.entry().expires() == null
                || e.entry().expires().isBefore(scope.expiringHorizon())).forEach(consumer);
    }

    @Override
    public List<Comparison> comparisons() {
        SourceSnapshot s = scope.sources().get(0);
        return List.of(new Comparison("fake-source", s.previous(), s.current()));
    }

    @Override
    public void forEachChange(Comparison comparison, Consumer<ChangeRow> consumer) {
        changes.forEach(consumer);
    }

    @Override
    public List<OwnerCount> topOwners(int limit) {
        return List.of();
    }

    @Override
    public long ownerCount() {
        return 0;
    }

    @Override
    public List<WaiverRow> waivers() {
        return waivers;
    }

    @Override
    public Optional<SignoffInfo> signoff() {
        return Optional.ofNullable(signoff);
    }

    @Override
    public ReviewStats statistics() {
        return ReviewStats.NONE;
    }

    @Override
    public String decisionsSha256() {
        return UntriagedView.EMPTY_SHA256;
    }

    @Override
    public List<RuleMetadata> rules() {
        return RuleCatalog.all().stream().map(Rule::metadata).toList();
    }

    @Override
    public List<String> missingRules() {
        return List.of();
    }
}
