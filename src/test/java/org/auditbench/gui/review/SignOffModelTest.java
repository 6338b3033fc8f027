package org.auditbench.gui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.auditbench.gui.review.SignOffModel.LockPreview;
import org.auditbench.gui.support.DemoFixture;
import org.auditbench.gui.support.DirectAccess;
import org.auditbench.gui.tasks.DialogCommand.Step;
import org.auditbench.model.Finding;
import org.auditbench.model.Review;
import org.auditbench.model.TriageStatus;
import org.auditbench.triage.DecisionRequest;
import org.auditbench.triage.TriageService;
import org.auditbench.workspace.FindingQuery;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignOffModelTest {

    @TempDir
    Path dir;

    private Path file;
    private DirectAccess access;

    @BeforeEach
    void load() throws Exception {
        file = DemoFixture.copyInto(dir);
        access = new DirectAccess(file);
        try (Workspace ws = Workspace.open(file)) {
            Finding first = firstFinding(ws);
            new TriageService(ws).decide(List.of(first.fingerprint()), new DecisionRequest(TriageStatus.REMEDIATE,
                    "alice", "ticket CHG-1", null, null));
        }
    }

    private static Finding firstFinding(Workspace ws) throws Exception {
        Finding[] first = new Finding[1];
        ws.findings().<RuntimeException>forEach(ws.scans().latest().orElseThrow().id(), FindingQuery.ALL, f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        return first[0];
    }

    private SignOffModel model() throws Exception {
        return new SignOffModel(access, DemoFixture.state(file), "carol", null);
    }

    @Test
    void showsWhatTheSignOffWillLockBeforeAnythingIsSigned() throws Exception {
        SignOffModel model = model();
        assertThat(model.period().get()).isEqualTo("2026Q4");
        LockPreview p = model.preview().get();
        assertThat(p).isNotNull();
        assertThat(p.period().start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(p.scanId()).isEqualTo(DemoFixture.state(file).scanId());
        assertThat(p.snapshots()).singleElement().asString().contains("contoso-autodiscover 2026Q4");
        assertThat(p.findingsByStatus().get(TriageStatus.REMEDIATE)).isEqualTo(1);
        assertThat(p.findings()).isEqualTo(DemoFixture.state(file).findingCount());
        assertThat(p.decisions()).isEqualTo(1);
        assertThat(p.reviewers()).containsExactly("alice");
        assertThat(p.refusal()).isNull();
        assertThat(model.problem().get()).contains("role");
        model.role().set("IT audit lead");
        assertThat(model.problem().get()).contains("statement");
        model.statement().set("I reviewed every critical and high finding of 2026Q4.");
        assertThat(model.problem().get()).isNull();

        model.period().set("Q4");
        assertThat(model.preview().get()).isNull();
        assertThat(model.problem().get()).contains("Review period 'Q4' is not understood");
    }

    @Test
    void signsOffThroughTheReviewServiceAndLocksTheReview() throws Exception {
        SignOffModel model = model();
        model.role().set("IT audit lead");
        model.statement().set("I reviewed every critical and high finding of 2026Q4.");
        int[] signed = {0};
        model.setOnSigned(s -> signed[0]++);

        model.signOff();

        assertThat(model.error().get()).isNull();
        assertThat(model.step().get()).isEqualTo(Step.DONE);
        assertThat(signed[0]).isEqualTo(1);
        assertThat(model.result().get().signOff().reviewer()).isEqualTo("carol");
        try (Workspace ws = Workspace.open(file)) {
            Review review = ws.reviews().latest().orElseThrow();
            assertThat(review.signed()).isTrue();
            assertThat(review.period()).isEqualTo("2026Q4");
            assertThat(review.signOff().role()).isEqualTo("IT audit lead");
        }
        // a second sign-off of the same quarter is refused before it is tried
        SignOffModel again = model();
        assertThat(again.preview().get().refusal()).contains("already signed off by carol");
        assertThat(again.problem().get()).contains("already signed off");
    }
}
