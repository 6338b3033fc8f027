package org.auditbench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.gui.app.WorkbenchApp;
import org.auditbench.gui.findings.FindingRow;
import org.auditbench.gui.findings.FindingsView;
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
        workspace = dir.resolve("demo.db");
        DemoWorkspace.build(workspace);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowListsTheDemoFindingsWorstFirst() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(WorkbenchApp.class, "--workspace", workspace.toString());
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
        Label criticalCount = robot.lookup("#tile-critical .tile-count").queryAs(Label.class);
        assertThat(Integer.parseInt(criticalCount.getText())).isGreaterThanOrEqualTo(2);

        Stage stage = (Stage) table.getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("Auditbench");
        assertThat(robot.lookup("#demo-banner").tryQuery()).isEmpty();
    }
}
