package org.auditbench.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecialAddressesTest {

    private final SpecialAddresses registry = SpecialAddresses.builtIn();

    @ParameterizedTest(name = "{0} lies in {1}")
    @CsvSource({
        "192.0.2.15, 192.0.2.0/24, false",
        "198.51.100.7, 198.51.100.0/24, false",
        "203.0.113.1, 203.0.113.0/24, false",
        "127.0.0.1, 127.0.0.0/8, false",
        "0.0.0.0, 0.0.0.0/32, false",
        "0.1.2.3, 0.0.0.0/8, false",
        "10.1.2.3, 10.0.0.0/8, false",
        "169.254.10.1, 169.254.0.0/16, false",
        "198.18.0.1, 198.18.0.0/15, false",
        "240.0.0.1, 240.0.0.0/4, false",
        "255.255.255.255, 255.255.255.255/32, false",
        "192.0.0.9, 192.0.0.9/32, true",
        "192.0.0.8, 192.0.0.8/32, false",
        "192.0.0.170, 192.0.0.170/32, false",
        "192.0.0.100, 192.0.0.0/24, false",
        "192.88.99.1, 192.88.99.0/24, n/a",
        "192.88.99.2, 192.88.99.2/32, false",
        "::1, ::1/128, false",
        "::, ::/128, false",
        "2001:db8::25, 2001:db8::/32, false",
        "3fff::25, 3fff::/20, false",
        "3fff:0fff::1, 3fff::/20, false",
        "5f00::1, 5f00::/16, false",
        "100::1, 100::/64, false",
        "100:0:0:1::5, 100:0:0:1::/64, false",
        "2001:1::1, 2001:1::1/128, true",
        "2001:1::3, 2001:1::3/128, true",
        "2001:2::5, 2001:2::/48, false",
        "2001:0:1::1, 2001::/32, n/a",
        "2002::1, 2002::/16, n/a",
        "fd00::1, fc00::/7, false",
        "fe80::1, fe80::/10, false",
        "::ffff:192.0.2.1, ::ffff:0:0/96, false",
    })
    void mostSpecificBlockAnswers(String address, String block, String reachable) {
        SpecialAddressBlock hit = registry.match(address).orElseThrow();
        assertThat(hit.block()).isEqualTo(block);
        assertThat(hit.globallyReachable().name()).isEqualTo(switch (reachable) {
            case "true" -> "TRUE";
            case "false" -> "FALSE";
            default -> "NOT_APPLICABLE";
        });
    }

    @Test
    void ordinaryAddressesAreNotSpecial() {
        assertThat(registry.match("8.8.8.8")).isEmpty();
        assertThat(registry.match("2606:4700::1111")).isEmpty();
        assertThat(registry.match("3fff:1000::1")).as("just past 3fff::/20").isEmpty();
        assertThat(registry.match("not-an-address")).isEmpty();
        assertThat(SpecialAddresses.isGloballyReachable("8.8.8.8")).isTrue();
        assertThat(SpecialAddresses.isGloballyReachable("192.0.0.9")).isTrue();
        assertThat(SpecialAddresses.isGloballyReachable("3fff::1")).isFalse();
        assertThat(SpecialAddresses.isGloballyReachable("224.0.0.251")).as("multicast").isFalse();
        assertThat(SpecialAddresses.isGloballyReachable("ff02::1")).as("multicast").isFalse();
        assertThat(SpecialAddresses.isGloballyReachable("mail.example.com")).isFalse();
    }

    @Test
    void registriesAreCompleteAndVersioned() throws IOException {
        assertThat(registry.blocks()).hasSize(26 + 25);
        for (String resource : new String[] {SpecialAddresses.IPV4_RESOURCE, SpecialAddresses.IPV6_RESOURCE}) {
            String text = read(resource);
            assertThat(text).contains("# source: https://www.iana.org/assignments/").contains("# version: 2025-11");
        }
        assertThat(ReferenceData.versions()).containsKeys("special-use-domains", "ipv4-special-registry",
                "ipv6-special-registry", "public-suffix-list");
        assertThat(ReferenceData.versions().get("ipv4-special-registry")).contains("2025-11");
        assertThat(ReferenceData.versions().get("ipv6-special-registry")).contains("2025-11");
        assertThat(ReferenceData.summary()).contains("IANA IPv6 Special-Purpose Address Registry");
    }

    /** The outdated corpus copy (2021/2023) is a cross-check: every block it lists is in ours, with the same flag. */
    @Test
    void agreesWithTheOlderCorpusCopies() throws IOException {
        for (String file : new String[] {"iana-ipv4-special-registry.xml", "iana-ipv6-special-registry.xml"}) {
            Path corpus = Path.of("../shared/corpora/iana", file);
            Assumptions.assumeTrue(Files.exists(corpus), "corpus " + corpus + " is absent; skipping the cross-check");
            String xml = Files.readString(corpus, StandardCharsets.UTF_8);
            var records = java.util.regex.Pattern.compile("<record[^>]*>(.*?)</record>", java.util.regex.Pattern.DOTALL)
                    .matcher(xml);
            int checked = 0;
            while (records.find()) {
                String record = records.group(1);
                var address = java.util.regex.Pattern.compile("<address>([^<]+)</address>").matcher(record);
                var global = java.util.regex.Pattern.compile("<global>([^<]*)</global>").matcher(record);
                if (!address.find()) {
                    continue;
                }
                String flag = global.find() ? global.group(1).strip().replaceAll("\\[.*", "").strip() : "";
                for (String block : address.group(1).split(",")) {
                    SpecialAddressBlock ours = registry.blocks().stream()
                            .filter(b -> b.block().equals(block.strip())).findFirst().orElseThrow(
                                    () -> new AssertionError(block + " of the corpus is missing"));
                    if (flag.equalsIgnoreCase("true") || flag.equalsIgnoreCase("false")) {
                        assertThat(ours.globallyReachable().name()).as(block).isEqualTo(flag.toUpperCase());
                    }
                    checked++;
                }
            }
            assertThat(checked).isGreaterThanOrEqualTo(20);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SpecialAddresses.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
