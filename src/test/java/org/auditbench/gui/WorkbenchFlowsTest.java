package org.auditbench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.auditbench.gui.app.MainWindow;
import org.auditbench.gui.app.Settings;
import org.auditbench.gui.app.View;
import org.auditbench.gui.entries.EntriesView;
import org.auditbench.gui.findings.FindingRow;
import org.auditbench.gui.findings.FindingsView;
import org.auditbench.gui.importing.ImportWizard;
import org.auditbench.gui.overview.OverviewView;
import org.auditbench.gui.sources.SourcesView;
import org.auditbench.workspace.EntryGrouping;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench's flows, driven headless through the real window (TestFX on Monocle). */
class WorkbenchFlowsTest extends DemoWorkbenchTestBase {

    @Test
    void navigatesToEveryViewByMouseAndKeyboard() throws Exception {
        String[] ids = {"#" + OverviewView.TILES_ID, "#" + EntriesView.TREE_ID, "#" + FindingsView.TABLE_ID,
            "#" + SourcesView.SNAPSHOTS_ID};
        for (View view : View.values()) {
            robot.clickOn("#" + MainWindow.NAV_PREFIX + view.id());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(app.model().view().get()).isEqualTo(view);
            assertThat(robot.lookup(ids[view.ordinal()]).tryQuery()).isPresent();
        }
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().view().get()).isEqualTo(View.ENTRIES);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + EntriesView.SEARCH_ID).queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void groupsEntriesByOwnerAndExpandsAGroupOnDemand() throws Exception {
        robot.clickOn("#" + MainWindow.NAV_PREFIX + "entries");
        robot.interact(() -> app.model().entries().grouping().set(EntryGrouping.OWNER));
        @SuppressWarnings("unchecked")
        TreeTableView<Object> tree = robot.lookup("#" + EntriesView.TREE_ID).queryAs(TreeTableView.class);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> tree.getRoot() != null
                && tree.getRoot().getChildren().size() > 2);
        // the first group (worst first) holds the incident and is expanded with its entries
        TreeItem<Object> first = tree.getRoot().getChildren().get(0);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> first.getChildren().size() > 1);
        assertThat(first.getValue().toString()).contains("(no owner)");
        assertThat(first.getChildren().get(0).getValue().toString()).contains("email@example.com");

        TreeItem<Object> second = tree.getRoot().getChildren().get(1);
        assertThat(second.isExpanded()).isFalse();
        robot.interact(() -> second.setExpanded(true));
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> second.getChildren().size() > 1
                && !second.getChildren().get(0).getValue().toString().contains("Loading"));
        assertThat(second.getChildren()).allSatisfy(child -> assertThat(child.getValue().toString()).contains("Item"));

        // the detail pane shows the selected entry's fields, findings and history
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> app.model().entries().detail().get() != null);
        assertThat(robot.lookup("#entry-detail .label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("routes it to sei.co.jp, which is not yours"));
    }

    @Test
    void f5ScansAndTheCriticalFindingsRaiseANotification() throws Exception {
        long before = app.model().state().get().scanId();
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> app.model().lastScan().get() != null
                && app.model().state().get().scanId() > before);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar").tryQuery()
                .isPresent());
        assertThat(robot.lookup(".notification-bar .title").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("3 critical findings"));
    }

    @Test
    void opensAFindingsDetailWithItsEvidence() throws Exception {
        robot.clickOn("#" + MainWindow.NAV_PREFIX + "findings");
        @SuppressWarnings("unchecked")
        TableView<FindingRow> table = robot.lookup("#" + FindingsView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> table.getItems().size() > 3);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(2));
        FindingRow third = table.getItems().get(2);
        WaitForAsyncUtils.waitForFxEvents();
        VBox detail = robot.lookup("#" + FindingsView.DETAIL_ID).queryAs(VBox.class);
        assertThat(robot.from(detail).lookup(".label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo(third.message()))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo(third.evidence()));
    }

    @Test
    void switchesThemeAndRemembersIt() throws Exception {
        boolean before = app.model().dark().get();
        robot.clickOn("#tool-theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().dark().get()).isEqualTo(!before);
        assertThat(Settings.forUser().dark()).isEqualTo(!before);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(before ? new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet());
        robot.clickOn("#tool-theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Settings.forUser().dark()).isEqualTo(before);
    }

    @Test
    void droppingAFileOpensTheImportWizardWithItsPreview() throws Exception {
        Path csv = csv();
        ImportWizard[] wizard = new ImportWizard[1];
        robot.interact(() -> wizard[0] = app.window().dropped(List.<File>of(csv.toFile())));
        assertThat(wizard[0]).isNotNull();
        assertThat(wizard[0].isShowing()).isTrue();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#wizard-file-status")
                .queryAs(Label.class).getText().startsWith("Detected format: CSV"));
        assertThat(robot.lookup("#wizard-path").queryAs(TextField.class).getText()).isEqualTo(csv.toString());
    }

    @Test
    void importsACsvThroughTheWizard() throws Exception {
        Path csv = csv();
        robot.interact(() -> app.window().openImportWizard(null));
        TextField path = robot.lookup("#wizard-path").queryAs(TextField.class);
        robot.interact(() -> path.setText(csv.toString()));
        robot.clickOn(path).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#wizard-file-status")
                .queryAs(Label.class).getText().startsWith("Detected format"));
        robot.clickOn("#wizard-next");
        // the mapping page: automatic mapping recognised the columns, the preview shows the rows
        @SuppressWarnings("unchecked")
        TableView<List<String>> preview = robot.lookup("#wizard-preview").queryAs(TableView.class);
        assertThat(preview.getItems()).hasSize(3);
        assertThat(robot.lookup("#wizard-mapping-problem").queryAs(Label.class).getText()).isNullOrEmpty();
        robot.clickOn("#wizard-next");
        TextField source = robot.lookup("#wizard-source .text-field").queryAs(TextField.class);
        robot.interact(() -> source.setText("partner-routes"));
        TextField label = robot.lookup("#wizard-label").queryAs(TextField.class);
        robot.interact(() -> label.setText("2026Q4"));
        robot.clickOn("#wizard-next");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#wizard-result-counts").tryQuery()
                .isPresent());
        assertThat(robot.lookup("#wizard-result-counts").queryAs(Label.class).getText())
                .contains("2 entries imported, 1 rows rejected").contains("partner-routes");
        assertThat(robot.lookup("#wizard-rejects").queryAs(TableView.class).getItems()).hasSize(1);
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.snapshots().latestOf("partner-routes")).hasValueSatisfying(s -> {
                assertThat(s.importedCount()).isEqualTo(2);
                assertThat(s.label()).isEqualTo("2026Q4");
            });
        }
        // the window refreshes: the new source is in scope
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> app.model().state().get().snapshots().size() == 2);
        robot.clickOn("#wizard-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + ImportWizard.ID).tryQuery()).isEmpty();
    }

    private Path csv() throws Exception {
        Path csv = dir.resolve("partner-routes.csv");
        Files.writeString(csv, """
                Domain,Server,Owner,Valid until
                fabrikam.com,imap.fabrikam.com:993,Mail Team,2027-06-30
                tailspintoys.com,smtp.proseware.com:465,Partner Team,2027-03-31
                bad.example.org,imap.example.org,Mail Team,not a date
                """);
        return csv;
    }
}
