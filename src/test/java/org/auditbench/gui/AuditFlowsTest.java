package org.auditbench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditbench.gui.app.MainWindow;
import org.auditbench.gui.export.ExportReportDialog;
import org.auditbench.gui.findings.FindingRow;
import org.auditbench.gui.review.SignOffDialog;
import org.auditbench.model.AuditRecord;
import org.auditbench.model.FindingTriage;
import org.auditbench.model.Review;
import org.auditbench.model.TriageStatus;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review flows of the workbench, driven headless through the real window: mark a finding false-positive
 * with a waiver from the keyboard, export the report, sign off (and see triage locked until a new review).
 */
class AuditFlowsTest extends DemoWorkbenchTestBase {

    @Test
    void marksAFindingFalsePositiveWithAWaiverFromTheKeyboard() throws Exception {
        robot.clickOn("#" + MainWindow.NAV_PREFIX + "findings");
        TableView<FindingRow> table = app.window().findingsView().table();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> table.getItems().size() > 3);
        robot.clickOn(table); // the keyboard focus in the findings view
        robot.interact(() -> table.getSelectionModel().clearAndSelect(1));
        FindingRow chosen = table.getItems().get(1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().findings().triage().status().get()).isEqualTo(TriageStatus.FALSE_POSITIVE);
        TextArea reason = robot.lookup("#triage-reason").queryAs(TextArea.class);
        assertThat(reason.isFocused()).isTrue(); // a waiver asks for its reason first
        robot.write("docs only");
        LocalDate until = LocalDate.now().plusDays(90);
        robot.interact(() -> robot.lookup("#triage-until").queryAs(DatePicker.class).setValue(until));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        // the first decision of the session asks who decides
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#reviewer-dialog").tryQuery()
                .isPresent());
        DialogPane who = robot.lookup("#reviewer-dialog").queryAs(DialogPane.class);
        TextField name = robot.from(who).lookup(".text-field").queryAs(TextField.class);
        robot.interact(() -> name.setText("Alice Auditor"));
        robot.clickOn(who.lookupButton(ButtonType.OK));

        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#triage-result").queryAs(Label.class)
                .isVisible());
        assertThat(robot.lookup("#triage-result").queryAs(Label.class).getText())
                .startsWith("Marked 1 finding false-positive until " + until).contains("as Alice Auditor");
        try (Workspace ws = Workspace.open(workspace)) {
            FindingTriage t = ws.decisions().current(chosen.fingerprint());
            assertThat(t.status()).isEqualTo(TriageStatus.FALSE_POSITIVE);
            assertThat(t.waiverUntil()).isEqualTo(until);
            assertThat(t.waiverReason()).isEqualTo("docs only");
            assertThat(t.decidedBy()).isEqualTo("Alice Auditor");
            List<AuditRecord> log = auditLog(ws);
            assertThat(log).last().satisfies(r -> {
                assertThat(r.action()).isEqualTo("decision");
                assertThat(r.actor()).isEqualTo("Alice Auditor");
                assertThat(r.details()).contains(chosen.fingerprint());
            });
        }
        // the table shows the decision and keeps the finding selected
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().status() == TriageStatus.FALSE_POSITIVE);
        FindingRow shown = table.getSelectionModel().getSelectedItem();
        assertThat(shown.id()).isEqualTo(chosen.id());
        assertThat(shown.waiverExpires()).isEqualTo(until.toString());
        assertThat(robot.lookup("#status-reviewer").queryAs(Button.class).getText()).isEqualTo(
                "Deciding as Alice Auditor");
    }

    @Test
    void exportsTheReportWithItsHashInTheAuditLog() throws Exception {
        robot.interact(() -> app.model().confirmReviewer("Alice Auditor"));
        robot.clickOn("#tool-export");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#" + ExportReportDialog.ID).tryQuery()
                .isPresent());
        assertThat(robot.lookup("#" + ExportReportDialog.PERIOD_ID).queryAs(TextField.class).getText())
                .isEqualTo("2026Q4");
        Path out = dir.resolve("contoso-2026Q4.xlsx");
        TextField file = robot.lookup("#" + ExportReportDialog.FILE_ID).queryAs(TextField.class);
        robot.interact(() -> file.setText(out.toString()));
        robot.clickOn("#" + ExportReportDialog.RUN_ID);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#" + ExportReportDialog.SHA_ID)
                .tryQuery().isPresent());
        String sha = robot.lookup("#" + ExportReportDialog.SHA_ID).queryAs(TextField.class).getText();
        assertThat(sha).hasSize(64);
        assertThat(out).isRegularFile();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("Summary")).isNotNull();
            assertThat(book.getSheet("Findings").getLastRowNum()).isPositive();
        }
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(auditLog(ws)).last().satisfies(r -> {
                assertThat(r.action()).isEqualTo("report-export");
                assertThat(r.actor()).isEqualTo("Alice Auditor");
                assertThat(r.details()).contains(sha);
            });
        }
        // no desktop here: "Open folder" says so instead of failing
        assertThat(robot.lookup("#" + ExportReportDialog.OPEN_FOLDER_ID).queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#" + ExportReportDialog.CLOSE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + ExportReportDialog.ID).tryQuery()).isEmpty();
        assertThat(app.model().lastReport().get()).isEqualTo(out.toAbsolutePath());
    }

    @Test
    void signsOffShowingWhatIsLockedAndTheTriagePanelLocks() throws Exception {
        robot.interact(() -> app.model().confirmReviewer("Carol Reviewer"));
        robot.clickOn("#tool-signoff");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#" + SignOffDialog.ID).tryQuery()
                .isPresent());
        // what will be locked is shown before anything is signed
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#" + SignOffDialog.LOCKS_ID + " .label")
                .queryAllAs(Label.class).stream().anyMatch(l -> l.getText().contains("contoso-autodiscover 2026Q4")));
        List<String> locks = robot.lookup("#" + SignOffDialog.LOCKS_ID + " .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(locks).contains("Period", "Scan", "Snapshots", "Findings", "Decisions", "   open")
                .anySatisfy(t -> assertThat(t).startsWith("2026Q4 (2026-10-01..2026-12-31)"));
        assertThat(robot.lookup("#" + SignOffDialog.RUN_ID).queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#" + SignOffDialog.ROLE_ID).write("IT audit lead");
        TextArea statement = robot.lookup("#" + SignOffDialog.STATEMENT_ID).queryAs(TextArea.class);
        robot.interact(() -> statement.setText("I reviewed the critical and high findings of 2026Q4."));
        robot.clickOn("#" + SignOffDialog.RUN_ID);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#signoff-result").tryQuery()
                .isPresent());
        try (Workspace ws = Workspace.open(workspace)) {
            Review review = ws.reviews().latest().orElseThrow();
            assertThat(review.signed()).isTrue();
            assertThat(review.period()).isEqualTo("2026Q4");
            assertThat(review.signOff().reviewer()).isEqualTo("Carol Reviewer");
            assertThat(review.signOff().role()).isEqualTo("IT audit lead");
            assertThat(auditLog(ws)).last().satisfies(r -> assertThat(r.action()).isEqualTo("signoff"));
        }
        robot.clickOn("#" + SignOffDialog.CLOSE_ID);

        // the triage panel is read-only, says why, and offers the way out
        robot.clickOn("#" + MainWindow.NAV_PREFIX + "findings");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#triage-lock").queryAs(Node.class)
                .isVisible());
        assertThat(robot.lookup("#triage-apply").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#triage-reason").queryAs(TextArea.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#triage-lock .label").queryAllAs(Label.class)).anySatisfy(l -> assertThat(l.getText())
                .contains("Review 2026Q4 was signed off by Carol Reviewer (IT audit lead)"));
        robot.clickOn("#triage-open-review");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#open-review-dialog").tryQuery()
                .isPresent());
        DialogPane period = robot.lookup("#open-review-dialog").queryAs(DialogPane.class);
        TextField field = robot.from(period).lookup(".text-field").queryAs(TextField.class);
        robot.interact(() -> field.setText("2027Q1"));
        robot.clickOn(period.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> !robot.lookup("#triage-lock").queryAs(Node.class)
                .isVisible());
        assertThat(app.model().state().get().review().period()).isEqualTo("2027Q1");
    }

    private static List<AuditRecord> auditLog(Workspace ws) throws Exception {
        List<AuditRecord> rows = new ArrayList<>();
        ws.audit().<RuntimeException>forEach(rows::add);
        return rows;
    }
}
