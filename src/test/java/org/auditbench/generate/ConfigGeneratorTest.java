package org.auditbench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.auditbench.importer.ImportHarness;
import org.auditbench.importer.ImportResult;
import org.auditbench.model.Entry;
import org.auditbench.model.KeyKind;
import org.auditbench.model.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic configuration: deterministic by seed, shaped like the demo data, with every kind of problem planted. */
class ConfigGeneratorTest {

    @TempDir
    Path temp;

    private Path csv(String name, long seed, int revision, long entries) throws Exception {
        Path file = temp.resolve(name);
        try (CsvRowSink sink = new CsvRowSink(file, ConfigGenerator.COLUMNS)) {
            new ConfigGenerator(seed, revision).generate(entries, sink);
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnotherFile() throws Exception {
        assertThat(sha256(csv("a.csv", 42, 1, 5_000))).isEqualTo(sha256(csv("b.csv", 42, 1, 5_000)));
        assertThat(sha256(csv("c.csv", 43, 1, 5_000))).isNotEqualTo(sha256(csv("a.csv", 42, 1, 5_000)));
    }

    @Test
    void theColumnsAreTheDemoCsvsColumns() throws Exception {
        String demoHeader = Files.readAllLines(Path.of("assets/demo/autodiscover-2026Q4.csv")).get(0);
        assertThat(String.join(",", ConfigGenerator.COLUMNS)).isEqualTo(demoHeader);
        assertThat(Files.readAllLines(csv("h.csv", 1, 1, 10)).get(0)).isEqualTo(demoHeader);
    }

    @Test
    void everyRuleOfTheCatalogueHasPlantedRowsAndMostRowsAreClean() throws Exception {
        List<Entry> entries;
        try (ImportHarness harness = new ImportHarness(temp)) {
            ImportResult result = harness.run(csv("mix.csv", 2026, 1, 20_000));
            assertThat(result.imported()).isEqualTo(20_000);
            assertThat(result.rejected()).isZero();
            entries = harness.entries();
        }
        LocalDate review = LocalDate.of(2026, 12, 31);
        Map<String, Predicate<Entry>> planted = new HashMap<>();
        planted.put("reserved-domain", e -> e.domainFacts().isReserved());
        planted.put("reserved-to-external (the incident)", e -> e.domain().equals("example.com")
                && "imapgms.jnet.sei.co.jp".equals(e.target()));
        planted.put("external-routing", e -> "proseware.com".equals(e.targetFacts().registrable()));
        planted.put("reserved-target", e -> e.targetKind() == TargetKind.IPV4 && e.target().startsWith("192.0.2."));
        planted.put("overbroad-pattern", e -> e.keyKind() != KeyKind.EXACT && e.domain().length() <= 6);
        planted.put("test-name-in-production", e -> e.isProduction() && e.domain().startsWith("staging."));
        planted.put("expired", e -> e.expires() != null && e.expires().isBefore(review));
        planted.put("expiring-soon", e -> e.expires() != null && !e.expires().isBefore(review)
                && e.expires().isBefore(review.plusDays(90)));
        planted.put("missing-expiry", e -> e.expires() == null);
        planted.put("missing-owner", e -> e.owner() == null || e.owner().equalsIgnoreCase("tbd"));
        planted.put("missing-justification", e -> e.justification() == null);
        planted.put("vague-justification", e -> "legacy".equals(e.justification()));
        planted.put("temporary-past-date", e -> e.extra().getOrDefault("notes", "").startsWith("temporary until 2025"));
        planted.put("stale-entry", e -> e.reviewed() != null && e.reviewed().isBefore(review.minusDays(365)));
        java.util.Set<String> placeholders = java.util.Set.of("changeme", "todo", "xxx", "dummy", "placeholder", "fixme");
        planted.put("placeholder-value", e -> (e.target() != null && placeholders.contains(e.target().split("\\.")[0]))
                || (e.owner() != null && placeholders.contains(e.owner().toLowerCase(java.util.Locale.ROOT)))
                || (e.username() != null && placeholders.contains(e.username().toLowerCase(java.util.Locale.ROOT)))
                || placeholders.contains(e.extra().getOrDefault("notes", "").toLowerCase(java.util.Locale.ROOT)));
        planted.put("secret-in-config", e -> e.targetRaw() != null && e.targetRaw().contains(":Autumn2024!@"));
        planted.put("conflicting-layers", e -> e.target() != null && e.target().startsWith("legacy-"));
        planted.put("invalid-target", e -> e.targetKind() == TargetKind.INVALID || (e.port() != null && e.port() > 65535));
        planted.put("plaintext-transport", e -> "none".equals(e.encryption()) || "plain".equals(e.encryption()));
        planted.forEach((rule, test) -> assertThat(entries.stream().filter(test).count())
                .as("rows planted for %s", rule).isGreaterThan(10));
        long clean = entries.stream().filter(e -> planted.values().stream().noneMatch(p -> p.test(e))).count();
        assertThat(clean).isGreaterThan(entries.size() * 3 / 4);
    }

    @Test
    void aLaterRevisionChangesAddsAndRemovesAFewRows() throws Exception {
        List<String> first = Files.readAllLines(csv("r1.csv", 7, 1, 10_000));
        List<String> second = Files.readAllLines(csv("r2.csv", 7, 2, 10_000));
        assertThat(second.size()).isBetween(first.size() + 50, first.size() + 100);
        long kept = second.stream().filter(new java.util.HashSet<>(first)::contains).count();
        assertThat(kept).isBetween(first.size() - 150L, first.size() - 20L);
    }
}
