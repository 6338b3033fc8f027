package org.auditbench.gui.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What the window was started with: {@code --workspace FILE} (else the last workspace or the demo),
 * {@code --view overview|entries|findings|sources}, {@code --theme light|dark} (this run only) and
 * {@code --screenshot FILE.png} (render, wait for the data, save a picture of the window, exit).
 */
record LaunchOptions(Path workspace, Path screenshot, View view, Boolean dark) {

    static LaunchOptions parse(List<String> args) {
        Path workspace = null;
        Path screenshot = null;
        View view = null;
        Boolean dark = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            String name = arg;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(i + 1);
            }
            switch (name) {
                case "--workspace", "-w" -> workspace = Path.of(required(name, value));
                case "--screenshot" -> screenshot = Path.of(required(name, value));
                case "--view" -> view = View.parse(required(name, value));
                case "--theme" -> dark = theme(required(name, value));
                default -> throw new IllegalArgumentException("unknown window option '" + arg
                        + "'; the window takes --workspace FILE, --view VIEW, --theme light|dark and --screenshot FILE.png");
            }
            if (eq < 0) {
                i++;
            }
        }
        return new LaunchOptions(workspace, screenshot, view, dark);
    }

    private static Boolean theme(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "dark" -> Boolean.TRUE;
            case "light" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("--theme takes light or dark, not '" + value + "'");
        };
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return value;
    }
}
