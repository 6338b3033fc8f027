package org.auditbench.gui.controls;

import java.util.function.BooleanSupplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
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
     * Gives {@code dialog} a heading with {@code subtitle} above {@code pages}, in a scene of the given size;
     * Escape closes it while {@code escapeCloses} says so (not while work is running).
     */
    public static void install(Stage dialog, Window owner, String rootId, String heading, String subtitle,
                               StackPane pages, double width, double height, BooleanSupplier escapeCloses) {
        Label title = new Label(heading);
        title.getStyleClass().add(Theme.VIEW_TITLE);
        Label purpose = new Label(subtitle);
        purpose.getStyleClass().add(Theme.MUTED);
        purpose.setWrapText(true);
        VBox header = new VBox(4, title, purpose);
        header.getStyleClass().add("view-header");
        BorderPane root = new BorderPane(pages);
        root.setId(rootId);
        root.getStyleClass().add("dialog-root");
        root.setTop(header);
        pages.setPadding(new Insets(14, 16, 14, 16));
        pages.setAlignment(Pos.TOP_LEFT);
        Scene scene = themedScene(owner, root, width, height);
        dialog.setScene(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && escapeCloses.getAsBoolean()) {
                dialog.close();
            }
        });
    }
}
