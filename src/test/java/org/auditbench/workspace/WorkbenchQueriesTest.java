package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.model.Finding;
import org.auditbench.model.Severity;
import org.auditbench.model.Snapshot;
import org.auditbench.model.TriageStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's queries on the demo workspace (two quarters of one source, both scanned once). */
class WorkbenchQueriesTest {

    private static final LocalDate REVIEW = LocalDate.of(2026, 12, 31);

    @TempDir
    static Path dir;

    private static Workspace ws;
    private static Snapshot q4;
    private static long scanId;

    @BeforeAll
    static void build() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWorkspace.build(file);
        ws = Workspace.open(file);
        q4 = ws.snapshots().latest().orElseThrow();
        scanId = ws.scans().latest().orElseThrow().id();
    }

    @AfterAll
    static void close() throws Exception {
        ws.close();
    }

    private static EntryQuery query(String text) {
        return new EntryQuery(List.of(q4.id()), scanId, REVIEW, text, null, null);
    }

    @Test
    void groupsByOwnerWorstFirstWithCountsThatAddUp() throws Exception {
        EntryGroupDao.Groups all = ws.entryGroups().groups(query(null), EntryGrouping.OWNER, 500);
        List<EntryGroup> groups = all.groups();
        assertThat(groups.stream().mapToLong(EntryGroup::entries).sum()).isEqualTo(q4.importedCount());
        assertThat(groups.get(0).worst()).isEqualTo(Severity.CRITICAL);
        assertThat(groups.get(0).key()).isEmpty(); // the incident has no owner, and two critical entries
        assertThat(all.total()).isEqualTo(groups.size());
        assertThat(all.entries()).isEqualTo(q4.importedCount());
        EntryGroupDao.Groups three = ws.entryGroups().groups(query(null), EntryGrouping.OWNER, 3);
        assertThat(three.groups()).hasSize(3);
        assertThat(three.total()).isEqualTo(groups.size());
        assertThat(three.entries()).isEqualTo(q4.importedCount()); // all entries, not only the first groups'

        for (int i = 1; i < groups.size(); i++) {
            int previous = rank(groups.get(i - 1).worst());
            assertThat(rank(groups.get(i).worst())).isGreaterThanOrEqualTo(previous);
        }
    }

    @Test
    void expiryBucketsFollowTheReviewDateInDateOrder() throws Exception {
        List<EntryGroup> groups = ws.entryGroups().groups(query(null), EntryGrouping.EXPIRY, 10).groups();
        assertThat(groups).extracting(EntryGroup::key).isSubsetOf("expired", "this-quarter", "next-quarter", "later",
                "none").contains("expired", "none", "later");
        assertThat(groups).extracting(g -> ExpiryBucket.byId(g.key())).isSorted();
        List<EntrySummary> expired = ws.entryGroups().entries(query(null), EntryGrouping.EXPIRY, "expired", 0, 100);
        assertThat(expired).isNotEmpty().allSatisfy(e -> assertThat(e.expires()).isBefore(REVIEW));
        assertThat(ExpiryBucket.of(LocalDate.of(2027, 1, 15), REVIEW)).isEqualTo(ExpiryBucket.NEXT_QUARTER);
        assertThat(ExpiryBucket.of(LocalDate.of(2026, 12, 31), REVIEW)).isEqualTo(ExpiryBucket.THIS_QUARTER);
        assertThat(ExpiryBucket.of(null, REVIEW)).isEqualTo(ExpiryBucket.NONE);
    }

    @Test
    void pagesAGroupWorstFirstWithTheRulesThatFired() throws Exception {
        List<EntrySummary> page = ws.entryGroups().entries(query(null), EntryGrouping.OWNER, "", 0, 2);
        assertThat(page).hasSize(2).allSatisfy(e -> {
            assertThat(e.key()).isEqualTo("email@example.com");
            assertThat(e.worst()).isEqualTo(Severity.CRITICAL);
            assertThat(e.rules()).contains("reserved-to-external", "reserved-domain");
            assertThat(e.domainReserved()).isEqualTo("example.com");
            assertThat(e.targetRegistrable()).isEqualTo("sei.co.jp");
        });
        List<EntrySummary> rest = ws.entryGroups().entries(query(null), EntryGrouping.OWNER, "", 2, 100);
        assertThat(rest).extracting(EntrySummary::id).doesNotContainAnyElementsOf(page.stream()
                .map(EntrySummary::id).toList());
    }

    @Test
    void searchMatchesDomainTargetOwnerAndJustificationCaseInsensitively() throws Exception {
        long byTarget = total(query("SEI.CO.JP"));
        assertThat(byTarget).isEqualTo(2);
        assertThat(total(query("partner integrations"))).isPositive();
        assertThat(total(query("100%_"))).isZero(); // LIKE wildcards are taken literally
        List<EntryGroup> bySource = ws.entryGroups().groups(query("example.com"), EntryGrouping.SOURCE, 10).groups();
        assertThat(bySource).singleElement().satisfies(g -> assertThat(g.key()).isEqualTo(DemoWorkspace.SOURCE_NAME));
        EntryQuery window = new EntryQuery(List.of(q4.id()), scanId, REVIEW, null, LocalDate.of(2027, 6, 1),
                LocalDate.of(2027, 7, 1));
        List<EntrySummary> june = ws.entryGroups().entries(window, EntryGrouping.LAYER, "domain", 0, 500);
        assertThat(june).isNotEmpty().allSatisfy(e -> assertThat(YearMonth.from(e.expires()))
                .isEqualTo(YearMonth.of(2027, 6)));
    }

    @Test
    void findingSearchFiltersAndPagesWithoutGapsOrRepeats() throws Exception {
        FindingSearchDao dao = ws.findingSearch();
        long total = dao.count(scanId, FindingFilter.ALL);
        assertThat(total).isEqualTo(ws.scans().latest().orElseThrow().findingCount());
        List<Finding> all = new java.util.ArrayList<>();
        FindingSearchDao.Cursor cursor = FindingSearchDao.Cursor.START;
        for (List<TriagedFinding> page; !(page = dao.page(scanId, FindingFilter.ALL, cursor, 4)).isEmpty(); ) {
            page.forEach(t -> all.add(t.finding()));
            cursor = FindingSearchDao.Cursor.after(page.get(page.size() - 1));
        }
        assertThat(all).hasSize((int) total).extracting(Finding::id).doesNotHaveDuplicates();
        assertThat(all).extracting(f -> f.severity().ordinal()).isSorted();
        assertThat(all).allSatisfy(f -> assertThat(f.status()).isEqualTo(TriageStatus.OPEN));

        FindingFilter critical = new FindingFilter(Set.of(Severity.CRITICAL), Set.of(), Set.of(TriageStatus.OPEN),
                Set.of(), "sei.co.jp");
        assertThat(dao.page(scanId, critical, FindingSearchDao.Cursor.START, 100)).hasSize(2)
                .allSatisfy(f -> assertThat(f.finding().rule()).isEqualTo("reserved-to-external"));
        assertThat(dao.count(scanId, new FindingFilter(Set.of(), Set.of(), Set.of(TriageStatus.FIXED), Set.of(),
                null))).isZero();
        assertThat(dao.rules(scanId)).contains("reserved-domain", "external-routing", "reserved-to-external");
        assertThat(dao.owners(scanId, 100)).contains("", "Partner Integrations");
        long incident = all.get(0).entryId();
        assertThat(dao.forEntry(scanId, incident)).isNotEmpty().allSatisfy(f -> assertThat(f.finding().entryId())
                .isEqualTo(incident));
    }

    @Test
    void overviewCountsTrendRulesExpiriesAndOwners() throws Exception {
        OverviewDao dao = ws.overview();
        assertThat(dao.previousScan(scanId)).isEmpty();
        assertThat(dao.findingsByRule(scanId)).extracting(OverviewDao.Count::name).contains("reserved-to-external");
        assertThat(dao.findingsByRule(scanId).stream().mapToLong(OverviewDao.Count::count).sum())
                .isEqualTo(ws.scans().latest().orElseThrow().findingCount());
        assertThat(dao.topOwners(scanId, 3)).hasSize(3).extracting(OverviewDao.Count::count)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(dao.topOwners(scanId, 100)).anySatisfy(c -> assertThat(c.worst()).isEqualTo(Severity.CRITICAL));
        List<OverviewDao.MonthCount> months = dao.expiriesByMonth(List.of(q4.id()), YearMonth.of(2027, 1),
                YearMonth.of(2028, 1));
        assertThat(months).isNotEmpty().allSatisfy(m -> assertThat(m.month().getYear()).isEqualTo(2027));
        assertThat(dao.expiredBefore(List.of(q4.id()), REVIEW)).isPositive();
    }

    @Test
    void historyFollowsAnEntryAcrossTheSnapshotsOfItsSource() throws Exception {
        EntrySummary incident = ws.entryGroups().entries(query(null), EntryGrouping.OWNER, "", 0, 1).get(0);
        List<EntryHistoryDao.Version> history = ws.entryHistory().history(incident.id());
        assertThat(history).hasSize(2).allSatisfy(v -> assertThat(v.present()).isTrue());
        assertThat(history).extracting(EntryHistoryDao.Version::snapshotLabel).containsExactly("2026Q3", "2026Q4");
        assertThat(history.get(1).entryId()).isEqualTo(incident.id());

        EntrySummary added = ws.entryGroups().entries(query("lamnahealthcare"), EntryGrouping.OWNER,
                ws.entryGroups().groups(query("lamnahealthcare"), EntryGrouping.OWNER, 1).groups().get(0).key(), 0, 1).get(0);
        assertThat(ws.entryHistory().history(added.id())).extracting(EntryHistoryDao.Version::present)
                .containsExactly(false, true); // new in Q4
        assertThat(ws.rejects().page(q4.id(), 0, 10)).isEmpty();
    }

    private static long total(EntryQuery q) throws WorkspaceException {
        return ws.entryGroups().groups(q, EntryGrouping.LAYER, 100).groups().stream().mapToLong(EntryGroup::entries).sum();
    }

    private static int rank(Severity s) {
        return s == null ? 99 : s.ordinal();
    }
}
