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
            String[] windowArgs = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
            String problem = WorkbenchLauncher.problem(windowArgs);
            if (problem != null) {
                // the command line owns the message and the exit code, as for any other bad option
                System.exit(AuditbenchCli.usageError("gui", problem));
            }
            WorkbenchLauncher.launch(windowArgs);
            return;
        }
        System.exit(AuditbenchCli.run(args));
    }
}
