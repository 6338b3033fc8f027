package org.auditbench.gui.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.auditbench.gui.support.DemoFixture;
import org.auditbench.gui.support.DirectAccess;
import org.auditbench.model.Snapshot;
import org.auditbench.model.TriageStatus;
import org.auditbench.workspace.EntryGroup;
import org.auditbench.workspace.EntryGrouping;
import org.auditbench.workspace.EntrySummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntriesViewModelTest {

    @TempDir
    Path dir;

    private DirectAccess access;
    private EntriesViewModel model;

    @BeforeEach
    void load() throws Exception {
        Path file = DemoFixture.copyInto(dir);
        access = new DirectAccess(file);
        model = new EntriesViewModel(access);
        model.state().set(DemoFixture.state(file));
    }

    @Test
    void groupsByOwnerAndReadsAGroupsEntriesOnDemand() {
        assertThat(model.grouping().get()).isEqualTo(EntryGrouping.OWNER);
        assertThat(model.groups()).isNotEmpty();
        EntryGroup first = model.groups().get(0);
        assertThat(model.groupLabel(first)).isEqualTo("(no owner)");
        assertThat(model.summary().get()).isEqualTo("366 entries in " + model.groups().size() + " groups");
        List<EntrySummary> page = new ArrayList<>();
        model.loadPage(first, 0, page::addAll);
        assertThat(page).hasSize((int) first.entries());
        assertThat(page.get(0).key()).isEqualTo("email@example.com");
        assertThat(access.unhandled()).isEmpty();
    }

    @Test
    void regroupsWhenTheGroupingChangesAndNarrowsBySearch() {
        model.grouping().set(EntryGrouping.LAYER);
        assertThat(model.groups()).extracting(EntryGroup::key).contains("v2", "v1", "fixed", "provider", "domain");
        model.grouping().set(EntryGrouping.EXPIRY);
        assertThat(model.groups()).extracting(model::groupLabel).contains("Expired", "No expiry");
        model.search().set("sei.co.jp");
        model.reload();
        assertThat(model.groups().stream().mapToLong(EntryGroup::entries).sum()).isEqualTo(2);
    }

    @Test
    void expiryWindowAndSnapshotScopeNarrowTheTree() {
        model.expiryWindow().set(ExpiryWindow.month(YearMonth.of(2027, 6)));
        long june = model.groups().stream().mapToLong(EntryGroup::entries).sum();
        assertThat(june).isPositive().isLessThan(366);
        model.expiryWindow().set(null);
        Snapshot q3 = model.state().get().snapshots().get(0);
        assertThat(q3.label()).isEqualTo("2026Q4");
        model.snapshotScope().set(new Snapshot(q3.id() - 1, q3.sourceId(), q3.sourceName(), "csv", "", "2026Q3", null,
                361, 0, null, null, null, null));
        assertThat(model.groups().stream().mapToLong(EntryGroup::entries).sum()).isEqualTo(361);
    }

    @Test
    void selectingAnEntryLoadsFieldsFindingsAndHistory() {
        List<EntrySummary> page = new ArrayList<>();
        model.loadPage(model.groups().get(0), 0, page::addAll);
        model.select(page.get(0));
        EntryDetail detail = model.detail().get();
        assertThat(detail.entry().address()).isEqualTo("email@example.com");
        assertThat(detail.entry().justification()).isEqualTo("legacy test account");
        assertThat(detail.findings()).extracting(f -> f.finding().rule()).contains("reserved-to-external");
        assertThat(detail.findings()).allSatisfy(f -> assertThat(f.triage().status()).isEqualTo(TriageStatus.OPEN));
        assertThat(detail.history()).hasSize(2);
        assertThat(Highlights.explain(page.get(0))).hasValue("example.com is reserved by RFC 6761 for documentation"
                + " and examples (RFC 2606); this entry routes it to sei.co.jp, which is not yours.");
        model.select(null);
        assertThat(model.detail().get()).isNull();
    }
}
