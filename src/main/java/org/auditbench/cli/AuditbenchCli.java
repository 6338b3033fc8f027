package org.auditbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code auditbench COMMAND [options]}. Exit codes: 0 success, 1 a gate threshold
 * was reached or {@code verify} found tampering, 2 error (a one-line message on stderr; nothing written).
 */
@Command(name = "auditbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Audits configuration databases: imports them into a workspace, scans them with the rule"
                + " catalogue and reports findings.")
public final class AuditbenchCli implements Runnable {

    /**
     * The commands by name, in the order the help lists them. Picocli reads every command's annotations when it
     * is added, about a quarter of a second for all of them at start-up, so a command line that names one
     * command gets only that one (see {@link #commandLine}).
     */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

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

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> c = new LinkedHashMap<>();
        c.put("import", ImportCommand::new);
        c.put("scan", ScanCommand::new);
        c.put("entries", EntriesCommand::new);
        c.put("findings", FindingsCommand::new);
        c.put("triage", TriageCommand::new);
        c.put("history", HistoryCommand::new);
        c.put("waivers", WaiversCommand::new);
        c.put("diff", DiffCommand::new);
        c.put("review", ReviewCommand::new);
        c.put("signoff", SignoffCommand::new);
        c.put("verify", VerifyCommand::new);
        c.put("log", LogCommand::new);
        c.put("report", ReportCommand::new);
        c.put("verify-report", VerifyReportCommand::new);
        c.put("decisions", DecisionsCommand::new);
        c.put("probe", ProbeCommand::new);
        c.put("gate", GateCommand::new);
        c.put("generate", GenerateCommand::new);
        c.put("help", CommandLine.HelpCommand::new);
        return java.util.Collections.unmodifiableMap(c);
    }

    /**
     * The command line for {@code args}: with only the command {@code args} names, or with all of them when it
     * names none, asks for help or is mistyped (the top-level help and "did you mean" need them all).
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new AuditbenchCli());
        String first = args.length > 0 ? args[0] : "";
        if (COMMANDS.containsKey(first) && !first.equals("help")) {
            cli.addSubcommand(first, COMMANDS.get(first).get());
        } else {
            COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        return cli;
    }

    /** Runs one command line with the given streams (tests capture them); returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(args);
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
