package org.auditbench.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.ImportListener;
import org.auditbench.importer.ImportOptions;
import org.auditbench.importer.ImportService;
import org.auditbench.model.Finding;
import org.auditbench.model.Severity;
import org.auditbench.workspace.FindingQuery;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a scan honours its policy, compares snapshots and keeps fingerprints stable. */
class ScanBehaviourTest {

    private static final String Q3 = "/demo/autodiscover-2026Q3.csv";
    private static final String Q4 = "/demo/autodiscover-2026Q4.csv";

    @TempDir
    Path dir;

    private static void importDemo(Workspace ws, String resource, boolean force) throws Exception {
        ImportOptions options = ImportOptions.defaults().withSourceName("contoso-autodiscover");
        if (force) {
            options = new ImportOptions(null, "contoso-autodiscover", null, null, null, List.of(), true);
        }
        new ImportService(ws).run(ImportInput.ofResource(ScanBehaviourTest.class, resource), options,
                ImportListener.NONE);
    }

    private static List<Finding> findings(Workspace ws, long scanId) throws Exception {
        List<Finding> out = new ArrayList<>();
        ws.findings().<RuntimeException>forEach(scanId, FindingQuery.ALL, out::add);
        return out;
    }

    private static PolicyDocument demoPolicy(String extra) throws Exception {
        String text = new String(ScanBehaviourTest.class.getResourceAsStream("/demo/policy.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        return new PolicyLoader().parseChecked(extra.isEmpty() ? text : text.replace("disabledRules: []", extra),
                "demo policy");
    }

    @Test
    void disabledRulesAndSeverityOverridesAreHonoured() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            importDemo(ws, Q4, false);
            PolicyDocument policy = demoPolicy("disabledRules: [plaintext-transport, new-entry]");
            ScanResult scan = new ScanService(ws).scan(policy);
            List<Finding> found = findings(ws, scan.scanId());
            assertThat(found).noneMatch(f -> f.rule().equals("plaintext-transport"));
            assertThat(found).filteredOn(f -> f.rule().equals("stale-entry")).isNotEmpty()
                    .allMatch(f -> f.severity() == Severity.MEDIUM);
            assertThat(found).filteredOn(f -> f.rule().equals("external-routing")).isNotEmpty()
                    .allMatch(f -> f.severity() == Severity.HIGH);
            assertThat(ws.scans().policyText(scan.scanId())).contains(policy.text());
            assertThat(ws.scans().byId(scan.scanId()).orElseThrow().policyHash()).isEqualTo(policy.sha256());
        }
    }

    @Test
    void aFirstSnapshotHasNothingToCompareWith() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            importDemo(ws, Q4, false);
            List<Finding> found = findings(ws, new ScanService(ws).scan(demoPolicy("")).scanId());
            assertThat(found).noneMatch(f -> f.rule().equals("new-entry") || f.rule().equals("routing-changed"));
            assertThat(found).anyMatch(f -> f.rule().equals("conflicting-layers"));
        }
    }

    @Test
    void fingerprintsSurviveReimportsOfTheSameData() throws Exception {
        List<String> first;
        List<String> again;
        List<String> elsewhere;
        try (Workspace ws = Workspace.open(dir.resolve("a.db"))) {
            importDemo(ws, Q4, false);
            first = fingerprints(findings(ws, new ScanService(ws).scan(demoPolicy("")).scanId()));
            importDemo(ws, Q4, true);
            again = fingerprints(findings(ws, new ScanService(ws).scan(demoPolicy("")).scanId()));
        }
        try (Workspace ws = Workspace.open(dir.resolve("b.db"))) {
            importDemo(ws, Q4, false);
            elsewhere = fingerprints(findings(ws, new ScanService(ws).scan(demoPolicy("")).scanId()));
        }
        assertThat(first).isNotEmpty().doesNotHaveDuplicates();
        assertThat(again).containsExactlyInAnyOrderElementsOf(first);
        assertThat(elsewhere).containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    void findingsComeOutTheSameWhateverTheNumberOfWorkers() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            importDemo(ws, Q3, false);
            importDemo(ws, Q4, false);
            List<Finding> one = findings(ws, new ScanService(ws, 1).scan(demoPolicy("")).scanId());
            List<Finding> three = findings(ws, new ScanService(ws, 3).scan(demoPolicy("")).scanId());
            assertThat(describe(three)).containsExactlyElementsOf(describe(one));
        }
    }

    @Test
    void aScanThatFailsHalfWayStopsItsThreadsAndStoresNothing() throws Exception {
        Path csv = dir.resolve("many.csv");
        StringBuilder rows = new StringBuilder("domain,protocol,target,owner\n");
        for (int i = 0; i < 20_000; i++) {
            rows.append("d").append(i).append(".contoso.com,imap,imap.contoso.com,Mail Team\n");
        }
        java.nio.file.Files.writeString(csv, rows);
        Path file = dir.resolve("w.db");
        try (Workspace ws = Workspace.open(file)) {
            new ImportService(ws).run(ImportInput.of(csv), ImportOptions.defaults().withSourceName("many"),
                    ImportListener.NONE);
        }
        // an entry the scan cannot read back (a key kind no version of Auditbench writes), early in the snapshot,
        // so the reader is still streaming, blocked on a full queue, when the workers fail
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            // on a shape of its own: the entry's shape is shared with others
            s.executeUpdate("INSERT INTO entry_shapes (snapshot_id, key_kind, protocol, target, target_raw, target_kind,"
                    + " port, encryption, username, owner, environment, layer, target_facts)"
                    + " SELECT snapshot_id, 'bogus', protocol, target, target_raw, target_kind, port, encryption, username,"
                    + " owner, environment, layer, target_facts FROM entries WHERE id = 700");
            s.executeUpdate("UPDATE entry_rows SET shape_id = last_insert_rowid() WHERE id = 700");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThatThrownBy(() -> new ScanService(ws, 2).scan(demoPolicy(""))).hasMessageContaining("bogus");
            assertThat(ws.scans().latest()).isEmpty();
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (readerAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(readerAlive()).as("the scan's reader thread has stopped").isFalse();
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("auditbench-scan-reader") && t.isAlive());
    }

    private static List<String> fingerprints(List<Finding> findings) {
        return findings.stream().map(Finding::fingerprint).toList();
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + "|" + f.entryId() + "|" + f.severity() + "|" + f.fingerprint()
                + "|" + f.message()).toList();
    }
}
