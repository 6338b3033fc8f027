package org.auditbench.gui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import org.auditbench.model.Severity;

/** The workbench look: an AtlantaFX base theme plus one stylesheet of semantic style classes. */
public final class Theme {

    public static final String SEVERITY_BADGE = "severity-badge";
    public static final String SEVERITY_TILE = "severity-tile";
    public static final String BANNER = "demo-banner";
    public static final String MUTED = "text-muted";

    private Theme() {
    }

    public static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Theme.class.getResource("workbench.css").toExternalForm());
    }

    /** The style class that colours a severity, e.g. {@code severity-critical}. */
    public static String severityClass(Severity severity) {
        return "severity-" + severity.id();
    }
}
