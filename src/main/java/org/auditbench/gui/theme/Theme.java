package org.auditbench.gui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import org.auditbench.model.Severity;

/**
 * The workbench look: an AtlantaFX base theme (Primer light or dark) plus one stylesheet of semantic
 * style classes whose colours come only from the theme's tokens, so both themes stay consistent.
 */
public final class Theme {

    public static final String SEVERITY_BADGE = "severity-badge";
    public static final String SEVERITY_TILE = "severity-tile";
    public static final String SEVERITY_ICON = "severity-icon";
    public static final String BANNER = "demo-banner";
    public static final String MUTED = "text-muted";
    public static final String VIEW_TITLE = "view-title";
    public static final String SECTION_TITLE = "section-title";
    public static final String HIGHLIGHT_ICON = "highlight-icon";
    public static final String CARD = "panel-card";
    /** The band at the top of a view or dialog that holds its title. */
    public static final String VIEW_HEADER = "view-header";
    /** The root of a dialog window. */
    public static final String DIALOG_ROOT = "dialog-root";

    private static final String STYLESHEET = Theme.class.getResource("workbench.css").toExternalForm();

    private Theme() {
    }

    /** Applies the base theme to the application and the workbench stylesheet to {@code scene}. */
    public static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        if (scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
        }
    }

    /** Adds the workbench stylesheet to a dialog's or pop-up's scene, which does not inherit it. */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }

    /** The style class that colours a severity, e.g. {@code severity-critical}. */
    public static String severityClass(Severity severity) {
        return "severity-" + severity.id();
    }

    /** Upper-case severity name as badges show it. */
    public static String severityText(Severity severity) {
        return severity.id().toUpperCase(java.util.Locale.ROOT);
    }
}
