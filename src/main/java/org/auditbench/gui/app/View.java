package org.auditbench.gui.app;

import java.util.Locale;
import org.auditbench.gui.theme.Icons;
import org.kordamp.ikonli.Ikon;

/** The views of the left navigation, in order; Ctrl+1..4 select them. */
public enum View {
    OVERVIEW("_Overview", Icons.OVERVIEW),
    ENTRIES("_Entries", Icons.ENTRIES),
    FINDINGS("F_indings", Icons.FINDINGS),
    SOURCES("_Sources", Icons.SOURCES);

    private final String label;
    private final Ikon icon;

    View(String label, Ikon icon) {
        this.label = label;
        this.icon = icon;
    }

    /** The label with its mnemonic marker. */
    public String label() {
        return label;
    }

    public String title() {
        return label.replace("_", "");
    }

    public Ikon icon() {
        return icon;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static View parse(String text) {
        for (View v : values()) {
            if (v.id().equalsIgnoreCase(text.strip())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown view '" + text + "'; views are overview, entries, findings, sources");
    }
}
