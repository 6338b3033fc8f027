package org.auditbench.gui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.auditbench.gui.app.Settings;
import org.auditbench.gui.app.WorkbenchApp;
import org.auditbench.gui.support.DemoFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For flows driven headless through the real window: every test gets the workbench open on its own copy of the
 * demo workspace, so what one test writes never shows in the next. The window's preferences go to a node of
 * the test class's own, removed afterwards, so the user's real settings are never read or changed.
 */
abstract class DemoWorkbenchTestBase {

    static final int TIMEOUT = 20;

    @TempDir
    Path dir;

    WorkbenchApp app;
    Path workspace;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void isolatePreferences(TestInfo testClass) {
        System.setProperty(Settings.NODE_PROPERTY, "/org/auditbench/test/"
                + testClass.getTestClass().orElseThrow().getSimpleName() + "-" + ProcessHandle.current().pid());
    }

    @AfterAll
    static void removePreferences() throws Exception {
        Preferences.userRoot().node(System.getProperty(Settings.NODE_PROPERTY)).removeNode();
    }

    @BeforeEach
    void openDemoWorkspace() throws Exception {
        workspace = DemoFixture.copyInto(dir);
        FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(WorkbenchApp.class, "--workspace", workspace.toString(),
                "--theme", "light");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> app.model().state().get() != null);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
        Settings.forUser().clear();
    }
}
