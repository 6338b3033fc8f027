package org.auditbench.triage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.ImportListener;
import org.auditbench.importer.ImportOptions;
import org.auditbench.importer.ImportService;
import org.auditbench.model.Finding;
import org.auditbench.model.Scan;
import org.auditbench.rules.engine.PolicyLoader;
import org.auditbench.rules.engine.ScanResult;
import org.auditbench.rules.engine.ScanService;
import org.auditbench.workspace.FindingQuery;
import org.auditbench.workspace.Workspace;

/**
 * A small workspace for triage tests: one source ("mail-routing") of CSV rows, imported and scanned with a
 * policy owning contoso.com, on a clock the test controls (starting 2026-11-28 10:00 UTC).
 */
final class TriageFixture implements AutoCloseable {

    static final String SOURCE = "mail-routing";
    static final String HEADER = "layer,domain,protocol,hostname,port,encryption,owner,justification,expires,environment";
    /** The incident's shape: a reserved domain routed to a third party (reserved-domain, reserved-to-external, external-routing). */
    static final String INCIDENT = "fixed,example.com,imap,imap.thirdparty-mail.com,993,ssl,Ops,Legacy account,2027-12-31,prod";
    /** A customer domain routed to an unapproved external host (external-routing only). */
    static final String EXTERNAL = "domain,fabrikam.com,smtp,smtp.relay.lucernepublishing.com,465,ssl,Ops,Customer relay CHG-1,2027-12-31,prod";
    /** A clean row: routed to an owned domain. */
    static final String CLEAN = "domain,adatum.com,imap,imap.contoso.com,993,ssl,Ops,Customer mailbox CHG-2,2027-12-31,prod";
    /**
     * Owns contoso.com and runs only the three routing rules, so the findings these tests triage stay the few
     * the rows above describe (the full catalogue would add findings on the missing dates, for instance).
     */
    static final String POLICY = "organization: Test\nownedDomains: [contoso.com]\nreviewDate: 2026-12-31\n"
            + "disabledRules: [" + String.join(", ", org.auditbench.rules.catalog.RuleCatalog.CATALOGUE_IDS.stream()
                    .filter(id -> !java.util.List.of("reserved-domain", "reserved-to-external", "external-routing")
                            .contains(id)).toList()) + "]\n";

    final Path dir;
    final Path file;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    Workspace ws;
    private int imports;

    TriageFixture(Path dir) throws Exception {
        this.dir = dir;
        this.file = dir.resolve("workspace.db");
        this.ws = Workspace.open(file, clock);
    }

    /**
     * The workspace most triage tests start from: {@link #INCIDENT}, {@link #EXTERNAL} and {@link #CLEAN} as one
     * snapshot, scanned once with {@link #POLICY}.
     */
    static TriageFixture scanned(Path dir) throws Exception {
        TriageFixture fx = new TriageFixture(dir);
        try {
            fx.importRows(INCIDENT, EXTERNAL, CLEAN);
            fx.scan();
            return fx;
        } catch (Exception e) {
            fx.close(); // the test never gets the fixture, so its tear-down cannot close it
            throw e;
        }
    }

    /** Imports these data rows (under {@link #HEADER}) as the next snapshot of the source; returns its id. */
    long importRows(String... rows) throws Exception {
        Path csv = dir.resolve("export-" + (++imports) + ".csv");
        Files.writeString(csv, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return new ImportService(ws).run(ImportInput.of(csv),
                ImportOptions.defaults().withSourceName(SOURCE).withLabel("import-" + imports), ImportListener.NONE)
                .snapshotId();
    }

    ScanResult scan() throws Exception {
        return scan(POLICY);
    }

    ScanResult scan(String policyYaml) throws Exception {
        return new ScanService(ws).scan(new PolicyLoader(clock).parseChecked(policyYaml, "test policy"));
    }

    Scan latestScan() throws Exception {
        return ws.scans().latest().orElseThrow();
    }

    /** The findings of the latest scan, worst first. */
    List<Finding> findings() throws Exception {
        List<Finding> out = new ArrayList<>();
        ws.findings().<RuntimeException>forEach(latestScan().id(), FindingQuery.ALL, out::add);
        return out;
    }

    /** The finding of {@code rule} on the row whose key is {@code key}, in the latest scan. */
    Finding finding(String rule, String key) throws Exception {
        return findings().stream().filter(f -> f.rule().equals(rule) && f.subject().key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " finding on " + key));
    }

    /** Closes the workspace, runs SQL on the file as an outside tool would, and opens it again. */
    void tamper(String... sql) throws Exception {
        ws.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
        ws = Workspace.open(file, clock);
    }

    /** Like {@link #tamper}, expecting SQLite to refuse the statement. */
    SQLException tamperRefused(String sql) throws Exception {
        try {
            tamper(sql);
        } catch (SQLException e) {
            ws = Workspace.open(file, clock);
            return e;
        }
        throw new AssertionError("SQLite accepted: " + sql);
    }

    @Override
    public void close() throws Exception {
        ws.close();
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
