package org.auditbench.gui.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/** Saves a PNG of a scene once layout and CSS have settled, for README pictures and visual checks. */
final class Screenshots {

    private Screenshots() {
    }

    static void saveWhenRendered(Scene scene, Path file, Runnable then) {
        PauseTransition settle = new PauseTransition(Duration.millis(600));
        settle.setOnFinished(e -> {
            try {
                WritableImage image = scene.snapshot(null);
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot save screenshot " + file, ex);
            } finally {
                then.run();
            }
        });
        settle.play();
    }
}
