package org.auditbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code auditbench COMMAND [options]}. Exit codes: 0 success, 1 a gate threshold
 * was reached or {@code verify} found tampering, 2 error (a one-line message on stderr; nothing written).
 */
@Command(name = "auditbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Audits configuration databases: imports them into a workspace, scans them with the rule"
                + " catalogue and reports findings.",
        subcommands = {ImportCommand.class, ScanCommand.class, EntriesCommand.class, FindingsCommand.class,
                TriageCommand.class, HistoryCommand.class, WaiversCommand.class, DiffCommand.class,
                ReviewCommand.class, SignoffCommand.class, VerifyCommand.class, LogCommand.class,
                ReportCommand.class, VerifyReportCommand.class, DecisionsCommand.class,
                ProbeCommand.class, GateCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class AuditbenchCli implements Runnable {

    public static final int OK = 0;
    public static final int GATE_FAILED = 1;
    /** {@code verify} found the audit log or the records it vouches for changed outside Auditbench. */
    public static final int VERIFY_FAILED = 1;
    public static final int ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. import, scan or findings");
    }

    /** Runs one command line with the process's own streams; returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * Reports a bad option of a command that is not run by picocli (the {@code gui} window, whose options
     * are checked before the toolkit starts) the way every other bad option is reported: one line on
     * stderr and a hint. Returns {@link #ERROR}, the exit code.
     */
    public static int usageError(String command, String problem) {
        return usageError(new PrintWriter(System.err, true), command, problem);
    }

    static int usageError(PrintWriter err, String command, String problem) {
        err.println("auditbench " + command + ": " + problem.replace('\n', ' '));
        err.flush();
        return ERROR;
    }

    /** Runs one command line with the given streams (tests capture them); returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new AuditbenchCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("auditbench: " + Errors.oneLine(e));
            return ERROR;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            e.getCommandLine().getErr().println("auditbench: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for the options.");
            return ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
