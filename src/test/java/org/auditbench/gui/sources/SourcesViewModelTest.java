package org.auditbench.gui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.auditbench.gui.support.DemoFixture;
import org.auditbench.gui.support.DirectAccess;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.ImportListener;
import org.auditbench.importer.ImportOptions;
import org.auditbench.importer.ImportService;
import org.auditbench.model.Snapshot;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesViewModelTest {

    @TempDir
    Path dir;

    @Test
    void listsSnapshotsNewestFirstAndPagesTheSelectedOnesRejects() throws Exception {
        Path file = DemoFixture.copyInto(dir);
        StringBuilder csv = new StringBuilder("domain,host,expires\n");
        for (int i = 0; i < SourcesViewModel.PAGE + 50; i++) {
            csv.append("d").append(i).append(".example-corp.com,mail.example-corp.com,not-a-date\n");
        }
        csv.append("ok.example-corp.com,mail.example-corp.com,2027-01-01\n");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, csv);
        try (Workspace ws = Workspace.open(file)) {
            new ImportService(ws).run(ImportInput.of(bad), ImportOptions.defaults().withSourceName("bad"),
                    ImportListener.NONE);
        }
        SourcesViewModel model = new SourcesViewModel(new DirectAccess(file));
        Snapshot[] shown = new Snapshot[1];
        model.setShowEntriesHandler(s -> shown[0] = s);
        model.state().set(DemoFixture.state(file));

        assertThat(model.snapshots()).extracting(Snapshot::sourceName).containsExactly("bad",
                "contoso-autodiscover", "contoso-autodiscover");
        assertThat(model.selected().get().sourceName()).isEqualTo("bad");
        assertThat(model.rejects()).hasSize(SourcesViewModel.PAGE);
        assertThat(model.rejects().get(0).reason()).contains("not-a-date");
        assertThat(model.hasMoreRejects()).isTrue();
        model.loadMoreRejects();
        assertThat(model.rejects()).hasSize(SourcesViewModel.PAGE + 50);
        assertThat(model.hasMoreRejects()).isFalse();
        assertThat(model.rejectSummary().get()).isEqualTo("250 rejected rows");

        model.selected().set(model.snapshots().get(1));
        assertThat(model.rejects()).isEmpty();
        assertThat(model.rejectSummary().get()).isEqualTo("No rejected rows in this snapshot.");
        model.showEntries();
        assertThat(shown[0].label()).isEqualTo("2026Q4");
    }
}
