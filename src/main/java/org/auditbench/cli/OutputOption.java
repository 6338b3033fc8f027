package org.auditbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --format text|json} option of the commands that show what a workspace holds, and the stream they
 * print to. Declared once, so every one of them offers the same formats with the same words and default.
 */
final class OutputOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Whether to print JSON, for pipelines, rather than text, for people. */
    boolean json() {
        return format == OutputFormat.JSON;
    }

    /** The standard output of the command (the one the caller of the CLI handed it, in tests a buffer). */
    PrintWriter out() {
        return command.commandLine().getOut();
    }
}
