package org.auditbench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.auditbench.gui.app.Settings;
import org.auditbench.gui.app.WorkbenchApp;
import org.auditbench.gui.findings.FindingRow;
import org.auditbench.gui.findings.FindingsView;
import org.auditbench.gui.support.DemoFixture;
import org.auditbench.model.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real window headless on the demo workspace and checks it lists the incident. */
class WorkbenchWindowTest {

    @TempDir
    static Path dir;

    private static Path workspace;

    @BeforeAll
    static void buildDemo() throws Exception {
        System.setProperty(Settings.NODE_PROPERTY, "/org/auditbench/test/window-" + ProcessHandle.current().pid());
        workspace = DemoFixture.copyInto(dir);
    }

    @org.junit.jupiter.api.AfterAll
    static void removePreferences() throws Exception {
        java.util.prefs.Preferences.userRoot().node(System.getProperty(Settings.NODE_PROPERTY)).removeNode();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        Settings.forUser().clear();
    }

    @Test
    void theWindowListsTheDemoFindingsWorstFirst() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(WorkbenchApp.class, "--workspace", workspace.toString(), "--view", "findings");
        FxRobot robot = new FxRobot();
        @SuppressWarnings("unchecked")
        TableView<FindingRow> table = robot.lookup("#" + FindingsView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());

        FindingRow first = table.getItems().get(0);
        assertThat(first.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(table.getItems()).anySatisfy(row -> {
            assertThat(row.rule()).isEqualTo("reserved-to-external");
            assertThat(row.key()).isEqualTo("email@example.com");
            assertThat(row.target()).isEqualTo("imapgms.jnet.sei.co.jp:993");
        });

        Stage stage = (Stage) table.getScene().getWindow();
        assertThat(stage.getTitle()).startsWith("Auditbench");
        assertThat(robot.lookup("#demo-banner").tryQuery()).hasValueSatisfying(b -> assertThat(b.isVisible()).isFalse());
    }
}
