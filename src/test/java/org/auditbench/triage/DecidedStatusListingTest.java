package org.auditbench.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.auditbench.model.Finding;
import org.auditbench.model.Severity;
import org.auditbench.model.TriageStatus;
import org.auditbench.workspace.FindingFilter;
import org.auditbench.workspace.FindingSearchDao;
import org.auditbench.workspace.TriagedFinding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filters on decided statuses only, and the overview's open counts, are answered from the decisions; they must list
 * and count exactly what the general path does, waivers that lapsed included (those are open again).
 */
class DecidedStatusListingTest {

    @TempDir
    Path dir;
    TriageFixture fx;
    long scanId;
    List<Finding> findings;

    @BeforeEach
    void setUp() throws Exception {
        fx = new TriageFixture(dir);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add("domain,fabrikam" + i + ".com,smtp,smtp.relay.lucernepublishing.com,465,ssl,Ops,Relay,2027-12-31,prod");
            rows.add("fixed,user" + i + "@example.com,imap,imap.thirdparty-mail.com,993,ssl,Ops,Legacy,,prod");
        }
        fx.importRows(rows.toArray(String[]::new));
        fx.scan();
        scanId = fx.latestScan().id();
        findings = fx.findings();
        assertThat(findings).hasSizeGreaterThan(40);
        TriageService triage = new TriageService(fx.ws);
        decide(triage, 0, 10, TriageStatus.ACCEPTED_RISK, LocalDate.of(2026, 12, 15)); // lapses below
        decide(triage, 10, 18, TriageStatus.FALSE_POSITIVE, LocalDate.of(2027, 6, 30));
        decide(triage, 18, 24, TriageStatus.REMEDIATE, null);
        decide(triage, 24, 29, TriageStatus.ACCEPTED_RISK, LocalDate.of(2027, 3, 31));
        fx.clock.advance(Duration.ofDays(30));
    }

    private void decide(TriageService triage, int from, int to, TriageStatus status, LocalDate until) throws Exception {
        List<String> fingerprints = findings.subList(from, to).stream().map(Finding::fingerprint).toList();
        triage.decide(fingerprints, new DecisionRequest(status, "alice", "CHG-7", until == null ? null : "why", until));
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    @Test
    void decidedFiltersListAndCountAsTheGeneralPathDoes() throws Exception {
        FindingSearchDao dao = fx.ws.findingSearch();
        List<FindingFilter> filters = List.of(
                filter(Set.of(TriageStatus.ACCEPTED_RISK), Set.of(), Set.of()),
                filter(Set.of(TriageStatus.ACCEPTED_RISK, TriageStatus.FALSE_POSITIVE), Set.of(), Set.of()),
                filter(Set.of(TriageStatus.REMEDIATE), Set.of(), Set.of()),
                filter(Set.of(TriageStatus.FALSE_POSITIVE, TriageStatus.REMEDIATE), Set.of(Severity.HIGH), Set.of()),
                filter(Set.of(TriageStatus.ACCEPTED_RISK, TriageStatus.FALSE_POSITIVE), Set.of(),
                        Set.of("external-routing")));
        for (FindingFilter decided : filters) {
            // every row's owner is Ops, so naming it changes nothing but the path the DAO takes
            FindingFilter general = new FindingFilter(decided.severities(), decided.rules(), decided.statuses(),
                    Set.of("Ops"), null);
            List<Long> viaDecisions = ids(dao, decided);
            assertThat(viaDecisions).as("%s", decided).isNotEmpty().containsExactlyElementsOf(ids(dao, general));
            assertThat(dao.count(scanId, decided)).isEqualTo(dao.count(scanId, general)).isEqualTo(viaDecisions.size());
        }
        // the ten waivers whose last day has passed are open again, not accepted risks
        assertThat(dao.count(scanId, filter(Set.of(TriageStatus.ACCEPTED_RISK), Set.of(), Set.of()))).isEqualTo(5);
    }

    @Test
    void theOverviewsOpenCountsAreTheStoredCountsLessTheDecisionsInForce() throws Exception {
        FindingSearchDao dao = fx.ws.findingSearch();
        var open = fx.ws.overview().openBySeverity(scanId);
        for (Severity severity : Severity.values()) {
            assertThat(open.get(severity)).as("%s", severity).isEqualTo(
                    dao.count(scanId, filter(Set.of(TriageStatus.OPEN), Set.of(severity), Set.of())));
        }
        // 29 decided, of which the 10 lapsed waivers are open again
        assertThat(open.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(findings.size() - 19);
    }

    private static FindingFilter filter(Set<TriageStatus> statuses, Set<Severity> severities, Set<String> rules) {
        return new FindingFilter(severities, rules, statuses, Set.of(), null);
    }

    /** All matching ids, read three at a time to cross page boundaries. */
    private List<Long> ids(FindingSearchDao dao, FindingFilter filter) throws Exception {
        List<Long> out = new ArrayList<>();
        FindingSearchDao.Cursor cursor = FindingSearchDao.Cursor.START;
        while (true) {
            List<TriagedFinding> page = dao.page(scanId, filter, cursor, 3);
            page.forEach(t -> out.add(t.finding().id()));
            if (page.size() < 3) {
                return out;
            }
            cursor = FindingSearchDao.Cursor.after(page.get(page.size() - 1));
        }
    }
}
