package org.auditbench.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.ImportListener;
import org.auditbench.importer.ImportOptions;
import org.auditbench.importer.ImportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotDiffTest {

    static final String MX1 = "domain,fabrikam.com,mx,mx1.contoso.com,25,,Ops,Customer MX CHG-4,2027-12-31,prod";
    static final String MX2 = "domain,fabrikam.com,mx,mx2.contoso.com,25,,Ops,Customer MX CHG-4,2027-12-31,prod";

    @TempDir
    Path dir;
    TriageFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new TriageFixture(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    @Test
    void addedRemovedAndChangedEntriesInIdentityOrder() throws Exception {
        long from = fx.importRows(TriageFixture.CLEAN, TriageFixture.EXTERNAL, TriageFixture.INCIDENT,
                "domain,gone.com,pop3,pop.contoso.com,995,ssl,Ops,Old customer CHG-5,2027-12-31,prod");
        long to = fx.importRows(TriageFixture.INCIDENT.replace("imap.thirdparty-mail.com", "imap.contoso.com"),
                "domain,new.com,imap,imap.contoso.com,993,ssl,Ops,New customer CHG-6,2027-12-31,prod",
                TriageFixture.EXTERNAL.replace("Ops", "Mail Team").replace("2027-12-31", "2028-06-30"),
                TriageFixture.CLEAN);

        List<EntryChange> changes = new ArrayList<>();
        DiffCounts counts = SnapshotDiff.compare(fx.ws, from, to, changes::add);

        assertThat(counts).isEqualTo(new DiffCounts(1, 1, 2, 1));
        assertThat(changes).extracting(c -> c.kind() + " " + c.key() + " " + c.protocol() + " " + c.changedFields())
                .containsExactly("CHANGED example.com imap [target]",
                        "CHANGED fabrikam.com smtp [owner, expires]",
                        "REMOVED gone.com pop3 []",
                        "ADDED new.com imap []");
        EntryChange moved = changes.get(0);
        assertThat(moved.before().target()).isEqualTo("imap.thirdparty-mail.com");
        assertThat(moved.after().target()).isEqualTo("imap.contoso.com");
        assertThat(moved.layer()).isEqualTo("fixed");
    }

    @Test
    void entriesSharingAnIdentityPairByTargetBeforeOrder() throws Exception {
        String mx3 = MX2.replace("mx2", "mx3");
        long from = fx.importRows(MX1, MX2);
        long to = fx.importRows(mx3, MX1.replace("CHG-4", "CHG-8"));

        List<EntryChange> changes = new ArrayList<>();
        DiffCounts counts = SnapshotDiff.compare(fx.ws, from, to, changes::add);

        assertThat(counts).isEqualTo(new DiffCounts(0, 0, 2, 0));
        assertThat(changes).extracting(c -> c.before().target() + " -> " + c.after().target() + " " + c.changedFields())
                .containsExactly("mx1.contoso.com -> mx1.contoso.com [justification]",
                        "mx2.contoso.com -> mx3.contoso.com [target]");
    }

    @Test
    void identicalSnapshotsHaveNoChangesAndDuplicatesCountAsSuch() throws Exception {
        long from = fx.importRows(MX1, MX1, TriageFixture.CLEAN);
        long to = fx.importRows(TriageFixture.CLEAN, MX1);

        List<EntryChange> changes = new ArrayList<>();
        DiffCounts counts = SnapshotDiff.compare(fx.ws, from, to, changes::add);

        assertThat(counts).isEqualTo(new DiffCounts(0, 1, 0, 2));
        assertThat(changes).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(ChangeKind.REMOVED));
    }

    @Test
    void codePointOrderMatchesTheDatabase() {
        assertThat(SnapshotDiff.compareCodePoints("a", "b")).isNegative();
        assertThat(SnapshotDiff.compareCodePoints("", null)).isZero();
        assertThat(SnapshotDiff.compareCodePoints("ab", "a")).isPositive();
        // U+FF21 (fullwidth A) sorts before U+1F600 in UTF-8 and by code point, but not by UTF-16 unit
        assertThat(SnapshotDiff.compareCodePoints("\uFF21", "\uD83D\uDE00")).isNegative();
    }

    @Test
    void scopeDefaultsToTheNewestSnapshotAndTheOneBefore() throws Exception {
        long first = fx.importRows(TriageFixture.CLEAN);
        long second = fx.importRows(TriageFixture.CLEAN, MX1);
        long third = fx.importRows(MX1);

        DiffScope scope = DiffScope.resolve(fx.ws, null, null, null);
        assertThat(scope.from().id()).isEqualTo(second);
        assertThat(scope.to().id()).isEqualTo(third);
        assertThat(DiffScope.resolve(fx.ws, "import-1", null, null).from().id()).isEqualTo(first);
        assertThat(DiffScope.resolve(fx.ws, String.valueOf(first), String.valueOf(second), null).to().id())
                .isEqualTo(second);
        assertThatThrownBy(() -> DiffScope.resolve(fx.ws, null, String.valueOf(first), null))
                .isInstanceOf(TriageException.class).hasMessageContaining("has no snapshot before snapshot " + first);
        assertThatThrownBy(() -> DiffScope.resolve(fx.ws, "nope", null, null))
                .isInstanceOf(TriageException.class).hasMessageContaining("there is no snapshot 'nope'");
    }

    @Test
    void snapshotsOfDifferentSourcesAreNotCompared() throws Exception {
        long mine = fx.importRows(TriageFixture.CLEAN);
        Path other = dir.resolve("other.csv");
        java.nio.file.Files.writeString(other, TriageFixture.HEADER + "\n" + MX1 + "\n");
        long theirs = new ImportService(fx.ws).run(ImportInput.of(other), ImportOptions.defaults()
                .withSourceName("other-source"), ImportListener.NONE).snapshotId();

        assertThatThrownBy(() -> DiffScope.resolve(fx.ws, String.valueOf(mine), String.valueOf(theirs), null))
                .isInstanceOf(TriageException.class).hasMessageContaining("compare snapshots of the same source");
        assertThatThrownBy(() -> DiffScope.resolve(fx.ws, null, null, null))
                .isInstanceOf(TriageException.class).hasMessageContaining("several sources");
    }
}
