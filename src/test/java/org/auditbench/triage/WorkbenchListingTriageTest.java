package org.auditbench.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.auditbench.model.Finding;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;
import org.auditbench.workspace.FindingFilter;
import org.auditbench.workspace.FindingSearchDao;
import org.auditbench.workspace.OverviewDao;
import org.auditbench.workspace.SchemaProbe;
import org.auditbench.workspace.TriagedFinding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's listings (findings table, entry findings, overview) show the status in force: decisions
 * made through {@link TriageService}, waivers with their last day, and waivers that lapsed as open again.
 */
class WorkbenchListingTriageTest {

    @TempDir
    Path dir;
    TriageFixture fx;
    long scanId;

    @BeforeEach
    void setUp() throws Exception {
        fx = TriageFixture.scanned(dir);
        scanId = fx.latestScan().id();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    @Test
    void listingsFilterAndCountByTheDecidedStatusWithTheWaiversLastDay() throws Exception {
        Finding external = fx.finding("external-routing", "fabrikam.com");
        LocalDate until = LocalDate.of(2027, 2, 28);
        new TriageService(fx.ws).decide(List.of(external.fingerprint()), new DecisionRequest(
                TriageStatus.FALSE_POSITIVE, "alice", "CHG-9", "the relay is ours under another name", until));

        FindingSearchDao dao = fx.ws.findingSearch();
        TriagedFinding listed = dao.page(scanId, FindingFilter.ALL, FindingSearchDao.Cursor.START, 100).stream()
                .filter(t -> t.finding().id() == external.id()).findFirst().orElseThrow();
        assertThat(listed.finding().status()).isEqualTo(TriageStatus.FALSE_POSITIVE);
        assertThat(listed.triage().waiverUntil()).isEqualTo(until);
        assertThat(listed.triage().waiverReason()).isEqualTo("the relay is ours under another name");
        assertThat(listed.triage().decidedBy()).isEqualTo("alice");
        assertThat(listed.triage().comment()).isEqualTo("CHG-9");

        FindingFilter waived = new FindingFilter(Set.of(), Set.of(), Set.of(TriageStatus.FALSE_POSITIVE), Set.of(),
                null);
        assertThat(dao.page(scanId, waived, FindingSearchDao.Cursor.START, 100)).singleElement()
                .satisfies(t -> assertThat(t.finding().id()).isEqualTo(external.id()));
        assertThat(dao.count(scanId, waived)).isEqualTo(1);
        FindingFilter open = new FindingFilter(Set.of(), Set.of(), Set.of(TriageStatus.OPEN), Set.of(), null);
        assertThat(dao.count(scanId, open)).isEqualTo(fx.findings().size() - 1);
        assertThat(dao.forEntry(scanId, external.entryId())).singleElement()
                .satisfies(t -> assertThat(t.triage().status()).isEqualTo(TriageStatus.FALSE_POSITIVE));

        OverviewDao overview = fx.ws.overview();
        long openFindings = fx.findings().size() - 1;
        assertThat(overview.openBySeverity(scanId).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(openFindings);
        assertThat(overview.topOwners(scanId, 10)).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Ops");
            assertThat(c.count()).isEqualTo(openFindings);
        });
    }

    @Test
    void aWaiverWhoseLastDayHasPassedListsAsOpenAgain() throws Exception {
        Finding external = fx.finding("external-routing", "fabrikam.com");
        LocalDate until = LocalDate.of(2026, 12, 15);
        new TriageService(fx.ws).decide(List.of(external.fingerprint()), new DecisionRequest(
                TriageStatus.ACCEPTED_RISK, "alice", null, "customer contract until mid-December", until));
        Severity severity = external.severity();
        long openBefore = fx.ws.overview().openBySeverity(scanId).get(severity);

        fx.clock.advance(Duration.ofDays(30)); // 2026-12-28: the waiver's last day has passed
        TriagedFinding listed = fx.ws.findingSearch().forEntry(scanId, external.entryId()).get(0);
        assertThat(listed.finding().status()).isEqualTo(TriageStatus.OPEN);
        assertThat(listed.triage().waiverExpired()).isTrue();
        assertThat(listed.triage().waiverUntil()).isEqualTo(until);
        assertThat(fx.ws.overview().openBySeverity(scanId).get(severity)).isEqualTo(openBefore + 1);
    }

    @Test
    void statusCountsReadTheFingerprintAndSeverityIndexNotTheFindings() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + fx.file);
             java.sql.Statement s = c.createStatement()) {
            assertThat(SchemaProbe.indexes(s, "findings"))
                    .contains("findings_by_scan_fingerprint_rank_entry", "findings_by_scan")
                    .doesNotContain("findings_by_scan_fingerprint", "findings_by_scan_fingerprint_rank");
            String plan = SchemaProbe.plan(s, "SELECT f.severity_rank + 0 AS r, count(*)"
                    + " FROM findings f LEFT JOIN triage_state t ON t.fingerprint = f.fingerprint WHERE f.scan_id = 1"
                    + " AND t.status IS NULL GROUP BY r");
            assertThat(plan).contains("COVERING INDEX findings_by_scan_fingerprint_rank_entry");
        }
    }
}
