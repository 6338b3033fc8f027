package org.auditbench.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The special-use name catalogue holds the whole IANA registry plus ICANN's internal. */
class ReservedNamesCatalogueTest {

    @Test
    void holdsEveryRegistryEntryTheIssueNames() {
        Set<String> names = ReservedNames.builtIn().all().stream().map(ReservedName::name).collect(Collectors.toSet());
        assertThat(names).contains("example", "example.com", "example.net", "example.org", "test", "invalid",
                "localhost", "local", "onion", "alt", "home.arpa", "resolver.arpa", "service.arpa", "ipv4only.arpa",
                "eap-noob.arpa", "internal", "10.in-addr.arpa", "168.192.in-addr.arpa", "254.169.in-addr.arpa",
                "8.e.f.ip6.arpa", "b.e.f.ip6.arpa");
        for (int i = 16; i <= 31; i++) {
            assertThat(names).contains(i + ".172.in-addr.arpa");
        }
        assertThat(names).hasSize(43);
    }

    @Test
    void agreesWithTheCorpusCopyOfTheRegistry() throws IOException {
        Path corpus = Path.of("../shared/corpora/iana/special-use-domain.csv");
        Assumptions.assumeTrue(Files.exists(corpus), "corpus " + corpus + " is absent; skipping the cross-check");
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        Set<String> ours = ReservedNames.builtIn().all().stream().map(ReservedName::name).collect(Collectors.toSet());
        for (String line : lines.subList(1, lines.size())) {
            String name = line.split(",")[0].replace("\"", "").replaceAll("\\.?\\s*\\(.*\\)$", "").strip()
                    .toLowerCase(Locale.ROOT);
            name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
            assertThat(ours).as("registry entry %s", name).contains(name);
        }
    }

    @Test
    void lookAlikesAreNotReserved() {
        for (String name : List.of("examples.com", "example.com.au", "myexample.com", "contest.com", "invalid.contoso.com",
                "testament.org", "localhost.contoso.com")) {
            assertThat(ReservedNames.builtIn().match(name)).as(name).isEmpty();
        }
        assertThat(ReservedNames.builtIn().match("mail.example.com")).map(ReservedName::name).contains("example.com");
    }
}
