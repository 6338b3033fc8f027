package org.auditbench.gui.app;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;

/** Starts the JavaFX workbench; kept apart from {@link WorkbenchApp} so the jar's main class is not an Application. */
public final class WorkbenchLauncher {

    private WorkbenchLauncher() {
    }

    /**
     * What is wrong with the window's options, in one line, or null when they are fine. Checked before the
     * toolkit starts, so a typo is a message and exit code 2 from the command line, not a JavaFX stack trace.
     */
    public static String problem(String... args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (options.workspace() != null && !Files.isRegularFile(options.workspace())) {
            return "--workspace " + options.workspace() + " does not exist (create a workspace with the window's"
                    + " New button, or with auditbench import)";
        }
        if (options.screenshot() != null
                && !options.screenshot().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            return "--screenshot saves a PNG picture: the file name must end in .png, not " + options.screenshot();
        }
        return null;
    }

    /** Opens the window; call {@link #problem} first. */
    public static void launch(String... args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
