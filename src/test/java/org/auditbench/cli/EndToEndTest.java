package org.auditbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first real path: CSV file -> import -> scan with a policy -> findings as JSON, through the CLI. */
class EndToEndTest {

    @TempDir
    Path dir;

    @Test
    void theIncidentRowIsACriticalReservedToExternalFinding() throws Exception {
        Path csv = Files.writeString(dir.resolve("autodiscover.csv"), """
                layer,email,protocol,server,port,encryption,owner,justification,expires,environment
                fixed,EXAMPLE.COM.,imap,imapgms.jnet.sei.co.jp,993,ssl,,legacy test account,,prod
                fixed,EXAMPLE.COM.,smtp,smtpgms.jnet.sei.co.jp,465,ssl,,legacy test account,,prod
                domain,examples.com,imap,imapgms.jnet.sei.co.jp,993,ssl,Mail Team,customer CHG-1,2027-06-30,prod
                domain,example.com.au,imap,imap.example.com.au,993,ssl,Mail Team,customer CHG-2,2027-06-30,prod
                domain,myexample.com,imap,imap.contoso.com,993,ssl,Mail Team,customer CHG-3,2027-06-30,prod
                domain,fabrikam.com,imap,imap.contoso.com,993,ssl,Mail Team,customer CHG-4,2027-06-30,prod
                """);
        Path policy = Files.writeString(dir.resolve("p.yaml"), """
                organization: Contoso Mail
                ownedDomains: [contoso.com]
                approvedPartners:
                  - domain: sei.co.jp
                    justification: "M365 integration for Sumitomo Electric, CHG-1234"
                    approver: j.doe
                    expires: 2027-03-31
                reviewDate: 2026-12-31
                """);
        String ws = dir.resolve("w.db").toString();

        CliTestSupport.Run imported = CliTestSupport.run("import", csv.toString(), "--workspace", ws);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("6 entries, 0 rejected");

        CliTestSupport.Run scanned = CliTestSupport.run("scan", "--workspace", ws, "--policy", policy.toString());
        assertThat(scanned.exitCode()).as(scanned.err()).isZero();

        CliTestSupport.Run listed = CliTestSupport.run("findings", "--workspace", ws, "--format", "json");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        JsonNode findings = new ObjectMapper().readTree(listed.out());
        List<JsonNode> critical = new ArrayList<>();
        findings.forEach(f -> {
            assertThat(f.has("rule") && f.has("severity") && f.has("domain") && f.has("target") && f.has("layer")
                    && f.has("entryId") && f.has("fingerprint") && f.has("status") && f.has("message")).isTrue();
            if (f.get("rule").asText().equals("reserved-to-external")) {
                critical.add(f);
            }
        });
        assertThat(critical).hasSize(2);
        JsonNode imap = critical.stream().filter(f -> f.get("protocol").asText().equals("imap")).findFirst().orElseThrow();
        assertThat(imap.get("severity").asText()).isEqualTo("critical");
        assertThat(imap.get("domain").asText()).isEqualTo("example.com");
        assertThat(imap.get("target").asText()).isEqualTo("imapgms.jnet.sei.co.jp");
        assertThat(imap.get("layer").asText()).isEqualTo("fixed");
        assertThat(imap.get("status").asText()).isEqualTo("open");

        // none of the routing rules fires on the look-alikes or the clean row (others may: no dates, for instance)
        java.util.Set<String> routing = java.util.Set.of("reserved-domain", "reserved-to-external", "external-routing");
        findings.forEach(f -> {
            if (routing.contains(f.get("rule").asText())) {
                assertThat(f.get("domain").asText()).isEqualTo("example.com");
            }
        });
    }

    @Test
    void aMalformedRowIsReportedWithItsNumberAndTheRestImports() throws Exception {
        Path csv = Files.writeString(dir.resolve("config.csv"), """
                domain,target,port,expires
                a.fabrikam.com,mail.fabrikam.com,993,2027-01-01
                b.fabrikam.com,mail.fabrikam.com,993,31/31/2027
                c.fabrikam.com,mail.fabrikam.com,993,2027-01-01
                """);
        CliTestSupport.Run run = CliTestSupport.run("import", csv.toString(), "--workspace", dir.resolve("w.db").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("2 entries, 1 rejected").contains("line 3: column 'expires': '31/31/2027'");
    }

    @Test
    void aMissingFileExitsTwoWithOneLineAndLeavesNoWorkspace() {
        Path ws = dir.resolve("w.db");
        CliTestSupport.Run run = CliTestSupport.run("import", dir.resolve("nope.csv").toString(), "--workspace", ws.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("nope.csv does not exist");
        assertThat(run.out()).isEmpty();
        assertThat(ws).doesNotExist();
    }

    @Test
    void aMissingFileLeavesAnExistingWorkspaceUnchanged() throws Exception {
        Path csv = Files.writeString(dir.resolve("ok.csv"), "domain,target\nfabrikam.com,mail.fabrikam.com\n");
        Path ws = dir.resolve("w.db");
        assertThat(CliTestSupport.run("import", csv.toString(), "--workspace", ws.toString()).exitCode()).isZero();
        byte[] before = Files.readAllBytes(ws);
        CliTestSupport.Run run = CliTestSupport.run("import", dir.resolve("nope.csv").toString(), "--workspace", ws.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readAllBytes(ws)).isEqualTo(before);
    }

    @Test
    void aFailedImportIntoANewWorkspaceRemovesIt() throws Exception {
        Path csv = Files.writeString(dir.resolve("nodomain.csv"), "server,port\nmail.fabrikam.com,25\n");
        Path ws = dir.resolve("w.db");
        CliTestSupport.Run run = CliTestSupport.run("import", csv.toString(), "--workspace", ws.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nodomain.csv").contains("--map domain=COLUMN");
        assertThat(ws).doesNotExist();
        assertThat(dir.resolve("w.db-wal")).doesNotExist();
    }

    @Test
    void readingCommandsNeverCreateAWorkspace() {
        Path ws = dir.resolve("absent.db");
        CliTestSupport.Run run = CliTestSupport.run("findings", "--workspace", ws.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist");
        assertThat(ws).doesNotExist();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliTestSupport.run("import").exitCode()).isEqualTo(2);
        assertThat(CliTestSupport.run("frobnicate").exitCode()).isEqualTo(2);
        assertThat(CliTestSupport.run().exitCode()).isEqualTo(2);
    }

    @Test
    void entriesPrintTheCanonicalFieldsAsJson() throws Exception {
        Path csv = Files.writeString(dir.resolve("e.csv"),
                "domain,server,port,owner,ticket\nEmail@Example.COM,Mail.Fabrikam.com:993,,Mail Team,CHG-7\n");
        String ws = dir.resolve("w.db").toString();
        assertThat(CliTestSupport.run("import", csv.toString(), "--workspace", ws).exitCode()).isZero();
        CliTestSupport.Run run = CliTestSupport.run("entries", "--workspace", ws, "--format", "json");
        JsonNode entry = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(entry.get("domain").asText()).isEqualTo("example.com");
        assertThat(entry.get("address").asText()).isEqualTo("email@example.com");
        assertThat(entry.get("target").asText()).isEqualTo("mail.fabrikam.com");
        assertThat(entry.get("port").asInt()).isEqualTo(993);
        assertThat(entry.get("owner").asText()).isEqualTo("Mail Team");
        assertThat(entry.get("extra").get("ticket").asText()).isEqualTo("CHG-7");
        assertThat(entry.get("sourceRow").asText()).isEqualTo("line 2");
    }

    @Test
    void entriesNeverPrintCredentials() throws Exception {
        Path csv = Files.writeString(dir.resolve("s.csv"), "domain,server,username,notes\n"
                + "fabrikam.com,https://svc-sync:P4ssw0rd!@legacy.contoso.com/EWS/Exchange.asmx,svc,password=Winter2024!\n");
        String ws = dir.resolve("w.db").toString();
        assertThat(CliTestSupport.run("import", csv.toString(), "--workspace", ws).exitCode()).isZero();
        CliTestSupport.Run run = CliTestSupport.run("entries", "--workspace", ws, "--format", "json");
        assertThat(run.out()).doesNotContain("P4ssw0rd!").doesNotContain("Winter2024!").contains("legacy.contoso.com");
    }
}
