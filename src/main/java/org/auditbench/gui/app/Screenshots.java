package org.auditbench.gui.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Saves a PNG of a scene once its data has loaded and layout and CSS have settled, for README pictures
 * and visual checks: waits until {@code ready} has held for a few consecutive checks (no background
 * work in flight), then gives rendering a moment.
 */
final class Screenshots {

    private static final Duration POLL = Duration.millis(200);
    private static final int STEADY_POLLS = 4;
    private static final int MAX_POLLS = 300;

    private Screenshots() {
    }

    static void saveWhenReady(Scene scene, Path file, BooleanSupplier ready, Runnable then) {
        int[] steady = {0};
        int[] polls = {0};
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(POLL, e -> {
            polls[0]++;
            steady[0] = ready.getAsBoolean() ? steady[0] + 1 : 0;
            if (steady[0] >= STEADY_POLLS || polls[0] >= MAX_POLLS) {
                poll.stop();
                saveAfterSettling(scene, file, then);
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private static void saveAfterSettling(Scene scene, Path file, Runnable then) {
        PauseTransition settle = new PauseTransition(Duration.millis(500));
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
