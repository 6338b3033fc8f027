package org.auditbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportResult;
import org.auditbench.report.SigningKey;
import org.auditbench.report.excel.QuarterlyReport;
import org.auditbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report --out FILE.xlsx}: the quarterly Excel report of the latest scan, optionally signed. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the quarterly Excel report of the latest scan (optionally signed).")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
    Path out;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "Review period, e.g. 2026Q4 (default: the quarter of the policy's review date).")
    String period;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "Who is to sign the review off.")
    String reviewer;

    @Option(names = "--scan", paramLabel = "ID", description = "A scan id instead of the latest scan.")
    Long scanId;

    @Option(names = "--sign", paramLabel = "KEYSTORE.p12",
            description = "Sign the workbook with the private key in this PKCS#12 file.")
    Path keystore;

    @Option(names = "--keystore-password-env", paramLabel = "VAR",
            description = "Environment variable holding the keystore password (never given on the command line).")
    String passwordVariable;

    @Option(names = "--key-alias", paramLabel = "ALIAS", description = "The key to use when the keystore has several.")
    String keyAlias;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new IllegalArgumentException("--out must name an .xlsx file, not " + out);
        }
        ReportRequest request = ReportRequest.of(period, reviewer).withScan(scanId);
        SigningKey key = signingKey();
        ReportResult result;
        try (Workspace ws = workspace.openExisting()) {
            result = QuarterlyReport.export(ws, request, out, key, null);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Wrote %s: review %s, scan %d, %,d findings; sheets: %s.%n", result.file(), result.period(),
                result.scanId(), result.findings(), String.join(", ", result.sheets()));
        if (result.signed()) {
            stdout.printf("Signed by %s.%n", key.certificate().getSubjectX500Principal().getName());
        }
        stdout.printf("SHA-256 of the report: %s (recorded in the audit log)%n", result.sha256());
        return AuditbenchCli.OK;
    }

    private SigningKey signingKey() throws ReportException {
        if (keystore == null) {
            if (passwordVariable != null || keyAlias != null) {
                throw new IllegalArgumentException("--keystore-password-env and --key-alias need --sign KEYSTORE.p12");
            }
            return null;
        }
        if (passwordVariable == null) {
            throw new IllegalArgumentException("--sign needs --keystore-password-env VAR naming the variable that"
                    + " holds the keystore password");
        }
        String password = System.getenv(passwordVariable);
        if (password == null) {
            throw new IllegalArgumentException("environment variable " + passwordVariable
                    + " (--keystore-password-env) is not set");
        }
        char[] chars = password.toCharArray();
        try {
            return SigningKey.fromPkcs12(keystore, chars, keyAlias);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }
}
