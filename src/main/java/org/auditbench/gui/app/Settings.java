package org.auditbench.gui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the workbench remembers between runs (java.util.prefs): the theme, the last workspace and the
 * recently opened ones, and the name of the person deciding. Never a password. Tests point it at a node
 * of their own with {@code -Dauditbench.preferences=/path}.
 */
public final class Settings {

    public static final String NODE_PROPERTY = "auditbench.preferences";
    static final int MAX_RECENT = 8;
    private static final String DARK = "theme.dark";
    private static final String RECENT = "workspace.recent.";
    private static final String REVIEWER = "reviewer.name";

    private final Preferences node;

    public Settings(Preferences node) {
        this.node = node;
    }

    /** The user's node, or the one named by the {@value #NODE_PROPERTY} system property. */
    public static Settings forUser() {
        String path = System.getProperty(NODE_PROPERTY);
        return new Settings(path == null || path.isBlank() ? Preferences.userRoot().node("org/auditbench/workbench")
                : Preferences.userRoot().node(path));
    }

    public boolean dark() {
        return node.getBoolean(DARK, false);
    }

    public void setDark(boolean dark) {
        node.putBoolean(DARK, dark);
        flush();
    }

    /** The name decisions, reports and sign-offs were last made under; the operating-system user at first. */
    public String reviewer() {
        String name = node.get(REVIEWER, null);
        return name == null || name.isBlank() ? System.getProperty("user.name", "") : name;
    }

    public void setReviewer(String name) {
        node.put(REVIEWER, name.strip());
        flush();
    }

    /** Recently opened workspaces, most recent first. */
    public List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = node.get(RECENT + i, null);
            if (value != null) {
                out.add(Path.of(value));
            }
        }
        return out;
    }

    /** Puts {@code file} first in the recent list. */
    public void opened(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> list = recent();
        list.remove(absolute);
        list.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                node.put(RECENT + i, list.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        flush();
    }

    /** Removes a workspace that no longer exists from the recent list. */
    public void forget(Path file) {
        List<Path> list = recent();
        if (list.remove(file.toAbsolutePath().normalize())) {
            for (int i = 0; i < MAX_RECENT; i++) {
                if (i < list.size()) {
                    node.put(RECENT + i, list.get(i).toString());
                } else {
                    node.remove(RECENT + i);
                }
            }
            flush();
        }
    }

    /** Removes everything this node remembers (tests clean up with it). */
    public void clear() {
        try {
            node.clear();
            node.flush();
        } catch (BackingStoreException e) {
            // nothing remembered is better than a crash; the next write tries again
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // preferences are a convenience: a read-only home directory must not stop the window
        }
    }
}
