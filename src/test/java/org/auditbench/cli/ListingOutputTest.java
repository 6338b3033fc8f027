package org.auditbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins, character for character, what the listing commands print (text and JSON, help included) on a small
 * triage history, so a change in how they are put together shows up as a changed line. The expected outputs
 * are files beside this class under {@code listing/}; what varies from run to run (times, hashes of rows that
 * hold times, the temporary folder, the waiver date that follows today) is replaced by a placeholder first.
 * On a mismatch the actual output is written to {@code target/listing-actual/} for comparison.
 */
class ListingOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Three demo rows (the incident, a partner target, a lapsed partner); one extra column keeps JSON order fixed. */
    private static final String Q3 = """
            layer,domain,protocol,hostname,port,encryption,username,owner,justification,created,expires,last_reviewed,environment,ticket
            fixed,email@example.com,imap,imapgms.jnet.sei.co.jp,993,ssl,%EMAILADDRESS%,,legacy test account,2020-02-11,,,prod,
            domain,adventure-works.com,smtp,smtp-eu.contoso-mail.com,465,ssl,%EMAILADDRESS%,Customer Onboarding,"Onboarded, CHG-10659",2019-05-03,2027-12-31,2026-06-30,prod,CHG-10659
            domain,example.net,imap,imap.litwareinc.com,993,ssl,%EMAILADDRESS%,Partner Integrations,"Litware reseller mailbox, CHG-15602",2022-08-17,2027-08-31,2026-02-10,prod,CHG-15602
            """;

    @TempDir
    static Path dir;
    static String ws;
    static String bare;
    static String incident;
    static String until;

    @BeforeAll
    static void triageHistory() throws Exception {
        ws = dir.resolve("ws.db").toString();
        bare = dir.resolve("bare.db").toString();
        String policy = copy("/demo/policy.yaml", "policy.yaml").toString();
        Path q3 = Files.writeString(dir.resolve("q3.csv"), Q3, StandardCharsets.UTF_8);
        Path q4 = Files.writeString(dir.resolve("q4.csv"), Q3.replace("smtp-eu.contoso-mail.com", "smtp.lucerne.com")
                + "domain,new.example-corp.org,imap,imap.contoso.com,993,ssl,%EMAILADDRESS%,Mail Ops,Onboarding,"
                + "2026-11-01,2027-10-31,2026-11-01,prod,CHG-30001\n", StandardCharsets.UTF_8);
        until = LocalDate.now().plusMonths(6).toString();

        ok("import", q3.toString(), "--source", "contoso", "--label", "2026Q3", "-w", ws);
        ok("scan", "--policy", policy, "-w", ws);
        String exampleNet = fingerprint("example.net");
        incident = fingerprint("email@example.com");
        ok("triage", exampleNet, "--status", "false-positive", "--by", "alice", "--reason", "documentation domain",
                "--until", "2020-01-31", "-w", ws);
        ok("scan", "--policy", policy, "-w", ws);
        ok("triage", incident, "--status", "accepted-risk", "--by", "bob", "--reason", "migration, CHG-1234",
                "--until", until, "--comment", "see CHG-1234", "-w", ws);
        ok("import", q4.toString(), "--source", "contoso", "--label", "2026Q4", "-w", ws);
        ok("scan", "--policy", policy, "-w", ws);
        ok("import", q3.toString(), "--source", "contoso", "-w", bare);
    }

    @Test
    void history() throws Exception {
        pinned("history.txt", "history", "-w", ws);
        pinned("history.json", "history", "--format", "json", "-w", ws);
        pinned("history-one.txt", "history", incident, "-w", ws);
        pinned("history-none.txt", "history", "-w", bare);
        pinned("history-none.json", "history", "--format", "json", "-w", bare);
    }

    @Test
    void log() throws Exception {
        pinned("log.txt", "log", "-w", ws);
        pinned("log-decisions.json", "log", "--action", "decision", "--action", "waiver-lapsed", "--format", "json",
                "-w", ws);
    }

    @Test
    void waivers() throws Exception {
        pinned("waivers.txt", "waivers", "-w", ws);
        pinned("waivers.json", "waivers", "--format", "json", "-w", ws);
        pinned("waivers-expired.json", "waivers", "--state", "expired", "--format", "json", "-w", ws);
        pinned("waivers-none.txt", "waivers", "-w", bare);
        pinned("waivers-none.json", "waivers", "--format", "json", "-w", bare);
    }

    @Test
    void entries() throws Exception {
        pinned("entries.txt", "entries", "-w", ws);
        pinned("entries-1.json", "entries", "--snapshot", "1", "--format", "json", "-w", ws);
    }

    @Test
    void diff() throws Exception {
        pinned("diff.txt", "diff", "-w", ws);
        pinned("diff.json", "diff", "--format", "json", "-w", ws);
    }

    @Test
    void reviewVerifyAndProbe() throws Exception {
        pinned("review-none.txt", "review", "show", "-w", bare);
        pinned("review-none.json", "review", "show", "--format", "json", "-w", bare);
        pinned("verify.txt", "verify", "-w", ws);
        pinned("verify.json", "verify", "--format", "json", "-w", ws);
        pinned("probe.txt", "probe", "email@example.com", "-w", ws);
        pinned("probe.json", "probe", "email@example.com", "--format", "json", "-w", ws);
    }

    @Test
    void theFormatIsCaseInsensitiveAndAnUnknownOneIsAUsageError() throws Exception {
        assertThat(run("history", "--format", "JSON", "-w", ws).out()).isEqualTo(run("history", "--format", "json",
                "-w", ws).out());
        CliTestSupport.Run xml = run("waivers", "--format", "xml", "-w", ws);
        assertThat(xml.exitCode()).isEqualTo(AuditbenchCli.ERROR);
        assertThat(xml.out()).isEmpty();
        assertThat(xml.err().replace("\r\n", "\n")).isEqualTo("""
                auditbench: Invalid value for option '--format': expected one of [TEXT, JSON] (case-insensitive) but was 'xml'
                Try 'auditbench waivers --help' for the options.
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"history", "log", "waivers", "entries", "diff", "review show", "review list", "verify",
            "probe", "findings"})
    void help(String command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        pinned("help-" + command.replace(' ', '-') + ".txt", args.toArray(String[]::new));
    }

    private static void pinned(String expected, String... args) throws IOException {
        CliTestSupport.Run run = run(args);
        assertThat(run.err()).as("stderr of %s", String.join(" ", args)).isEmpty();
        assertThat(run.exitCode()).isZero();
        String actual = normalized(run.out());
        String wanted;
        try (InputStream in = ListingOutputTest.class.getResourceAsStream("listing/" + expected)) {
            wanted = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!actual.equals(wanted)) {
            Path file = Path.of("target", "listing-actual", expected);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("%s (actual output in target/listing-actual/)", expected).isEqualTo(wanted);
    }

    private static String normalized(String out) {
        return out.replace("\r\n", "\n")
                .replace(dir.toString(), "<dir>")
                .replace(until, "<until>")
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>")
                .replaceAll("[0-9a-f]{64}", "<sha256>");
    }

    private static CliTestSupport.Run run(String... args) {
        return CliTestSupport.run(args);
    }

    private static void ok(String... args) {
        CliTestSupport.Run run = run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static String fingerprint(String domain) throws Exception {
        for (JsonNode f : JSON.readTree(run("findings", "--format", "json", "--rule", "reserved-to-external", "-w", ws)
                .out())) {
            if (f.path("domain").asText().equals(domain)) {
                return f.path("fingerprint").asText();
            }
        }
        throw new AssertionError("no reserved-to-external finding on " + domain);
    }

    private static Path copy(String resource, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = ListingOutputTest.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }
}
