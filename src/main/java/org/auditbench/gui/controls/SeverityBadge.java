package org.auditbench.gui.controls;

import javafx.scene.control.Label;
import org.auditbench.gui.theme.Theme;
import org.auditbench.model.Severity;

/** The coloured pill that names a severity, the same in every table, tree and detail pane. */
public final class SeverityBadge {

    private SeverityBadge() {
    }

    public static Label of(Severity severity) {
        Label badge = new Label(Theme.severityText(severity));
        badge.getStyleClass().addAll(Theme.SEVERITY_BADGE, Theme.severityClass(severity));
        badge.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        return badge;
    }
}
