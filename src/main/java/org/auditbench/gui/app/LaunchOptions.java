package org.auditbench.gui.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What the window was started with: {@code --workspace FILE} (else the demo workspace) and
 * {@code --screenshot FILE.png} (render, save a picture of the window, exit).
 */
record LaunchOptions(Path workspace, Path screenshot) {

    static LaunchOptions parse(List<String> args) {
        Path workspace = null;
        Path screenshot = null;
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
                default -> throw new IllegalArgumentException("unknown window option '" + arg
                        + "'; the window takes --workspace FILE and --screenshot FILE.png");
            }
            if (eq < 0) {
                i++;
            }
        }
        return new LaunchOptions(workspace, screenshot);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a file name");
        }
        return value;
    }
}
