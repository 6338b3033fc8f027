package org.auditbench.gui.controls;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.auditbench.gui.tasks.DialogCommand.Step;
import org.auditbench.gui.theme.Theme;

/** The frame the workbench's dialogs share: heading, one-line purpose, a page area, the owner's theme. */
public final class DialogShell {

    private DialogShell() {
    }

    /** A scene that looks like its owner window: the owner's stylesheets (light or dark) and the theme's own. */
    public static Scene themedScene(Window owner, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Theme.style(scene);
        return scene;
    }

    /**
     * Makes {@code dialog} window-modal over {@code owner} and gives it a heading with {@code subtitle} above
     * {@code pages}, in a scene of the given size; Escape closes it while {@code escapeCloses} says so (not while
     * work is running).
     */
    public static void install(Stage dialog, Window owner, String rootId, String heading, String subtitle,
                               StackPane pages, double width, double height, BooleanSupplier escapeCloses) {
        Label title = new Label(heading);
        title.getStyleClass().add(Theme.VIEW_TITLE);
        Label purpose = new Label(subtitle);
        purpose.getStyleClass().add(Theme.MUTED);
        purpose.setWrapText(true);
        VBox header = new VBox(4, title, purpose);
        header.getStyleClass().add(Theme.VIEW_HEADER);
        BorderPane root = new BorderPane(pages);
        root.setId(rootId);
        root.getStyleClass().add(Theme.DIALOG_ROOT);
        root.setTop(header);
        pages.setPadding(new Insets(14, 16, 14, 16));
        pages.setAlignment(Pos.TOP_LEFT);
        present(dialog, owner, root, width, height, escapeCloses);
    }

    /**
     * Makes {@code dialog} window-modal over {@code owner}, showing {@code root} in a themed scene of the given size;
     * Escape closes it while {@code escapeCloses} says so (not while work is running).
     */
    public static void present(Stage dialog, Window owner, Parent root, double width, double height,
                               BooleanSupplier escapeCloses) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        Scene scene = themedScene(owner, root, width, height);
        dialog.setScene(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && escapeCloses.getAsBoolean()) {
                dialog.close();
            }
        });
    }

    /**
     * Shows in {@code pages} the page for a {@link org.auditbench.gui.tasks.DialogCommand}'s step, built afresh at
     * each change, so the done page shows this run's result and the form comes back with the last run's error.
     */
    public static void showPages(StackPane pages, ObservableValue<Step> step, Supplier<Node> form,
                                 Supplier<Node> running, Supplier<Node> done) {
        Runnable show = () -> pages.getChildren().setAll(switch (step.getValue()) {
            case FORM -> form.get();
            case RUNNING -> running.get();
            case DONE -> done.get();
        });
        step.addListener((obs, old, now) -> show.run());
        show.run();
    }
}
