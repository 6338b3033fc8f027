package org.auditbench.gui.app;

import javafx.application.Application;

/** Starts the JavaFX workbench; kept apart from {@link WorkbenchApp} so the jar's main class is not an Application. */
public final class WorkbenchLauncher {

    private WorkbenchLauncher() {
    }

    public static void launch(String... args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
