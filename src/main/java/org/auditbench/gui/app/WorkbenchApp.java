package org.auditbench.gui.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.gui.findings.FindingsView;
import org.auditbench.gui.findings.FindingsViewModel;
import org.auditbench.gui.theme.Theme;

/**
 * The workbench window. Opens the workspace it is given, or the built-in demo workspace (saying so in
 * a banner), and shows the latest scan's findings. All file and database work runs off the FX thread.
 */
public final class WorkbenchApp extends Application {

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "auditbench-background");
        t.setDaemon(true);
        return t;
    });
    private final FindingsViewModel findings = new FindingsViewModel();

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        boolean demo = options.workspace() == null;
        BorderPane root = new BorderPane();
        Label workspaceLabel = new Label();
        VBox top = new VBox(header(workspaceLabel));
        if (demo) {
            top.getChildren().add(banner());
        }
        root.setTop(top);
        root.setCenter(new FindingsView(findings));
        Label status = new Label();
        status.textProperty().bind(findings.status());
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        root.setBottom(statusBar);

        Scene scene = new Scene(root, 1440, 900);
        Theme.apply(scene, false);
        stage.setTitle("Auditbench");
        stage.setScene(scene);
        stage.show();

        Task<FindingsViewModel.Loaded> load = new Task<>() {
            @Override
            protected FindingsViewModel.Loaded call() throws Exception {
                Path file = demo ? DemoWorkspace.ensure(DemoWorkspace.defaultLocation()) : options.workspace();
                return FindingsViewModel.load(file);
            }
        };
        load.setOnSucceeded(e -> {
            FindingsViewModel.Loaded loaded = load.getValue();
            workspaceLabel.setText(loaded.workspace().getFileName().toString());
            findings.show(loaded);
            if (options.screenshot() != null) {
                Screenshots.saveWhenRendered(scene, options.screenshot(), Platform::exit);
            }
        });
        load.setOnFailed(e -> {
            findings.fail(load.getException());
            if (options.screenshot() != null) {
                Screenshots.saveWhenRendered(scene, options.screenshot(), Platform::exit);
            }
        });
        background.submit(load);
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }

    private static HBox header(Label workspaceLabel) {
        Label title = new Label("Auditbench");
        title.getStyleClass().add("app-title");
        Label subtitle = new Label("configuration audit workbench");
        subtitle.getStyleClass().add(Theme.MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        workspaceLabel.getStyleClass().add(Theme.MUTED);
        HBox header = new HBox(title, subtitle, spacer, workspaceLabel);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        return header;
    }

    private static HBox banner() {
        Label text = new Label("Demo workspace: Contoso Mail's autodiscover configuration for 2026Q3 and 2026Q4,"
                + " with the example.com incident planted. Open your own workspace to audit real data.");
        text.setWrapText(true);
        HBox banner = new HBox(text);
        banner.setId("demo-banner");
        banner.getStyleClass().add(Theme.BANNER);
        return banner;
    }
}
