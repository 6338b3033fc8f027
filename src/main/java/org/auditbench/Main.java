package org.auditbench;

import java.util.Arrays;
import org.auditbench.cli.AuditbenchCli;
import org.auditbench.gui.app.WorkbenchLauncher;

/**
 * Entry point of the jar: no arguments (or {@code gui ...}) opens the workbench window; anything else is a
 * command-line command. Deliberately not a JavaFX {@code Application}, so the fat jar starts on the classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("gui")) {
            WorkbenchLauncher.launch(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(AuditbenchCli.run(args));
    }
}
