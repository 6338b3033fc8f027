package org.auditbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.auditbench.report.excel.ReportSigner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verify-report FILE.xlsx}: exit 0 when every signature is valid, 1 when unsigned or invalid. */
@Command(name = "verify-report", mixinStandardHelpOptions = true,
        description = "Check the digital signature of a report. Exit 0: valid; 1: unsigned, changed or damaged;"
                + " 2: the file cannot be read.")
final class VerifyReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "The signed report.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReportSigner.Verification result = ReportSigner.verify(file);
        PrintWriter out = spec.commandLine().getOut();
        if (result.valid()) {
            out.printf("%s: signature valid, signed by %s.%n", file, String.join("; ", result.signers()));
            return AuditbenchCli.OK;
        }
        out.printf("%s: NOT VALID: %s.%n", file, result.problem());
        return AuditbenchCli.GATE_FAILED;
    }
}
