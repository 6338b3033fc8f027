package org.auditbench.gui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.auditbench.gui.session.SessionAccess;
import org.auditbench.gui.tasks.BackgroundTasks;
import org.auditbench.gui.theme.Theme;
import org.controlsfx.control.Notifications;

/**
 * The workbench application. Opens the workspace it is given, else the last one opened, else the
 * built-in demo workspace (with a banner saying so). All file and database work runs off the FX thread.
 */
public final class WorkbenchApp extends Application {

    private BackgroundTasks tasks;
    private SessionAccess access;
    private WorkbenchViewModel model;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        Settings settings = Settings.forUser();
        tasks = new BackgroundTasks();
        access = new SessionAccess(tasks);
        model = new WorkbenchViewModel(access, settings, Clock.systemDefaultZone());
        model.setSwitcher(access::switchTo);
        if (options.dark() != null) {
            model.dark().set(options.dark());
        }
        window = new MainWindow(model, tasks);
        if (hasDesktop()) {
            window.setFolderOpener(folder -> getHostServices().showDocument(folder.toUri().toString()));
        }
        Scene scene = new Scene(window, 1440, 900);
        Theme.apply(scene, model.dark().get());
        model.dark().addListener((obs, old, dark) -> Theme.apply(scene, dark));
        tasks.setFailureReporter(failure -> Notifications.create().owner(stage).position(Pos.TOP_RIGHT)
                .hideAfter(Duration.seconds(10)).title(failure.what() + " failed").text(failure.message()).showError());
        stage.setTitle("Auditbench");
        model.state().addListener((obs, old, state) -> stage.setTitle(state == null ? "Auditbench"
                : "Auditbench — " + state.file().getFileName() + (state.demo() ? " (demo)" : "")));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
        if (options.view() != null) {
            model.navigate(options.view());
        }
        openFirstWorkspace(options, settings);
        if (options.screenshot() != null) {
            Screenshots.saveWhenReady(scene, options.screenshot(), () -> model.state().get() != null
                    && !tasks.isBusy(), Platform::exit);
        }
    }

    /** The given workspace, else the last one opened (if it still exists), else the demo. */
    private void openFirstWorkspace(LaunchOptions options, Settings settings) {
        if (options.workspace() != null) {
            model.open(options.workspace(), WorkbenchViewModel.isDemo(options.workspace()));
            return;
        }
        Path last = settings.recent().stream().filter(Files::isRegularFile).findFirst().orElse(null);
        if (last != null) {
            model.open(last, WorkbenchViewModel.isDemo(last));
        } else {
            model.openDemo();
        }
    }

    /** A desktop to open folders on: not on the headless Monocle platform the tests run on. */
    private static boolean hasDesktop() {
        return !"Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))
                && !Boolean.getBoolean("testfx.headless");
    }

    /** The window's content, for tests that drive it. */
    public MainWindow window() {
        return window;
    }

    public WorkbenchViewModel model() {
        return model;
    }

    @Override
    public void stop() {
        if (access != null) {
            access.close();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
