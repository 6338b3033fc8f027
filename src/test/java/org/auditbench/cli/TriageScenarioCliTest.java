package org.auditbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "it must show" scenario on the command line, with the demo data: a waiver until a past date
 * lapses at the re-scan; an accepted risk survives an edited re-import; diff lists exactly the edits; one
 * changed character in the audit log makes verify fail naming the row; a sign-off locks the review.
 */
class TriageScenarioCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "contoso-autodiscover";

    @TempDir
    Path dir;
    Path ws;
    Path policy;
    Path q3;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() throws Exception {
        ws = dir.resolve("ws.db");
        policy = copy("/demo/policy.yaml", "policy.yaml");
        q3 = copy("/demo/autodiscover-2026Q3.csv", "autodiscover-2026Q3.csv");
    }

    @Test
    void itMustShow() throws Exception {
        assertThat(run("import", q3.toString(), "--source", SOURCE, "--label", "2026Q3").code()).isZero();
        assertThat(run("scan", "--policy", policy.toString()).code()).isZero();
        String exampleNet = fingerprint("reserved-to-external", "example.net");
        String incident = fingerprint("reserved-to-external", "email@example.com");

        // a false-positive waiver until a past date: open again after the re-scan, and the log holds the lapse
        Run fp = run("triage", exampleNet, "--status", "false-positive", "--by", "alice", "--reason",
                "documentation domain, never served", "--until", "2020-01-31");
        assertThat(fp.code()).isZero();
        assertThat(fp.err()).contains("warning: the waiver's last day 2020-01-31 has already passed");
        assertThat(run("scan", "--policy", policy.toString()).code()).isZero();
        assertThat(finding(exampleNet).path("status").asText()).isEqualTo("open");
        JsonNode lapses = JSON.readTree(run("log", "--action", "waiver-lapsed", "--format", "json").out());
        assertThat(lapses).hasSize(1);
        assertThat(lapses.get(0).path("actor").asText()).isEqualTo("system");
        assertThat(lapses.get(0).path("details").path("fingerprint").asText()).isEqualTo(exampleNet);

        // accepted-risk until next year survives an edited re-import with one changed target and one new row
        String nextYear = LocalDate.now().plusMonths(6).toString();
        assertThat(run("triage", incident, "--status", "accepted-risk", "--by", "bob", "--reason",
                "Sumitomo migration, CHG-1234", "--until", nextYear, "--comment", "see CHG-1234").code()).isZero();
        Path edited = dir.resolve("autodiscover-edited.csv");
        String text = Files.readString(q3, StandardCharsets.UTF_8)
                .replace("domain,adventure-works.com,smtp,smtp-eu.contoso-mail.com,",
                        "domain,adventure-works.com,smtp,smtp.relay.lucernepublishing.com,")
                + "domain,newcustomer.example-corp.org,imap,imap.contoso.com,993,ssl,%EMAILADDRESS%,Mail Ops,"
                + "\"Onboarding, CHG-30001\",2026-11-01,2027-10-31,2026-11-01,prod,CHG-30001,\n";
        Files.writeString(edited, text, StandardCharsets.UTF_8);
        assertThat(run("import", edited.toString(), "--source", SOURCE, "--label", "2026Q4").code()).isZero();
        assertThat(run("scan", "--policy", policy.toString()).code()).isZero();
        JsonNode carried = finding(incident);
        assertThat(carried.path("status").asText()).isEqualTo("accepted-risk");
        assertThat(carried.path("waiverUntil").asText()).isEqualTo(nextYear);
        assertThat(carried.path("decidedBy").asText()).isEqualTo("bob");
        assertThat(run("findings").out()).contains("status accepted-risk until " + nextYear);
        assertThat(run("waivers").out()).contains("1 active, 0 orphaned, 1 expired.");

        JsonNode diff = JSON.readTree(run("diff", "--format", "json").out());
        assertThat(diff.path("from").path("label").asText()).isEqualTo("2026Q3");
        assertThat(diff.path("summary").path("added").asInt()).isEqualTo(1);
        assertThat(diff.path("summary").path("removed").asInt()).isZero();
        assertThat(diff.path("summary").path("changed").asInt()).isEqualTo(1);
        List<String> changes = new ArrayList<>();
        diff.path("changes").forEach(c -> changes.add(c.path("change").asText() + " " + c.path("key").asText() + " "
                + c.path("protocol").asText() + " " + c.path("fields")));
        assertThat(changes).containsExactly("changed adventure-works.com smtp [\"target\"]",
                "added newcustomer.example-corp.org imap []");
        assertThat(run("diff").out()).contains("target: smtp-eu.contoso-mail.com -> smtp.relay.lucernepublishing.com");

        // verify: intact, then one character changed with plain SQL -> exit 1 naming the row
        assertThat(run("verify").code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_update");
            s.execute("UPDATE audit_log SET details = replace(details, 'documentation', 'documentatiom') WHERE action = 'decision'");
        }
        Run verify = run("verify");
        assertThat(verify.code()).isEqualTo(AuditbenchCli.VERIFY_FAILED);
        assertThat(verify.out()).contains("row 3: row 3 (decision by alice").contains("was changed after it was written");
        assertThat(verify.err()).contains("verify failed at audit-log row 3");
    }

    @Test
    void signOffLocksTheReviewUntilANewOneIsOpened() throws Exception {
        run("import", q3.toString(), "--source", SOURCE);
        run("scan", "--policy", policy.toString());
        assertThat(run("review", "show").out()).contains("No review has been opened yet");

        Run signed = run("signoff", "--period", "2026Q4", "--reviewer", "Dana Reviewer", "--role", "CISO",
                "--statement", "All Q4 findings reviewed");
        assertThat(signed.code()).isZero();
        assertThat(signed.out()).contains("SIGNED OFF").contains("findings SHA-256");

        Run refused = run("triage", "--rule", "reserved-domain", "--status", "remediate", "--by", "alice");
        assertThat(refused.code()).isEqualTo(AuditbenchCli.ERROR);
        assertThat(refused.err()).contains("review 2026Q4 was signed off by Dana Reviewer (CISO)")
                .contains("read-only");

        assertThat(run("review", "open", "2027Q1", "--by", "alice").code()).isZero();
        Run bulk = run("triage", "--rule", "reserved-domain", "--status", "remediate", "--by", "alice");
        assertThat(bulk.code()).isZero();
        assertThat(bulk.out()).contains("review 2027Q1");
        JsonNode review = JSON.readTree(run("review", "show", "--format", "json").out());
        assertThat(review.path("period").asText()).isEqualTo("2027Q1");
        assertThat(review.path("bulkShare").asDouble()).isEqualTo(1.0);
        assertThat(run("verify").code()).isZero();
    }

    @Test
    void badInputIsAOneLineErrorAndWritesNothing() throws Exception {
        run("import", q3.toString(), "--source", SOURCE);
        run("scan", "--policy", policy.toString());
        String incident = fingerprint("reserved-to-external", "email@example.com");

        Run badDate = run("triage", incident, "--status", "accepted-risk", "--by", "bob", "--reason", "x",
                "--until", "31/12/2027");
        assertThat(badDate.code()).isEqualTo(AuditbenchCli.ERROR);
        assertThat(badDate.err()).isEqualTo("auditbench: --until '31/12/2027' is not a date (expected YYYY-MM-DD,"
                + " e.g. 2027-06-30)" + System.lineSeparator());
        Run noReason = run("triage", incident, "--status", "false-positive", "--by", "bob", "--until", "2027-01-31");
        assertThat(noReason.err()).contains("false-positive is a waiver: it needs a reason");
        Run both = run("triage", incident, "--rule", "expired", "--status", "remediate", "--by", "bob");
        assertThat(both.err()).contains("not both");
        assertThat(run("history").out()).contains("0 decisions.");
    }

    private JsonNode finding(String fingerprint) throws Exception {
        for (JsonNode f : JSON.readTree(run("findings", "--format", "json").out())) {
            if (f.path("fingerprint").asText().equals(fingerprint)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + fingerprint);
    }

    private String fingerprint(String rule, String domain) throws Exception {
        for (JsonNode f : JSON.readTree(run("findings", "--format", "json", "--rule", rule).out())) {
            if (f.path("domain").asText().equals(domain)) {
                return f.path("fingerprint").asText();
            }
        }
        throw new AssertionError("no " + rule + " finding on " + domain);
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(ws.toString());
        int code = AuditbenchCli.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private Path copy(String resource, String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = TriageScenarioCliTest.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }
}
