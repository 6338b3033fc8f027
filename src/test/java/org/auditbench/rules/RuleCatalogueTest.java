package org.auditbench.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleMetadata;
import org.auditbench.rules.catalog.RuleCatalog;
import org.junit.jupiter.api.Test;

/** The catalogue is complete and every rule explains itself and is tested by a fixture. */
class RuleCatalogueTest {

    @Test
    void shippedRulesAreExactlyTheCatalogueInOrder() {
        List<String> shipped = RuleCatalog.all().stream().map(Rule::id).toList();
        assertThat(shipped).containsExactlyElementsOf(RuleCatalog.CATALOGUE_IDS);
        assertThat(RuleCatalog.CATALOGUE_IDS).doesNotHaveDuplicates().hasSize(21);
    }

    @Test
    void everyRuleDeclaresCompleteMetadata() {
        for (Rule rule : RuleCatalog.all()) {
            RuleMetadata m = rule.metadata();
            assertThat(m.title()).as("title of %s", m.id()).isNotBlank();
            assertThat(m.rationale()).as("rationale of %s", m.id()).hasSizeGreaterThan(80);
            assertThat(m.remediation()).as("remediation of %s", m.id()).hasSizeGreaterThan(30);
            assertThat(m.references()).as("references of %s", m.id()).isNotEmpty().allSatisfy(r -> assertThat(r).isNotBlank());
            assertThat(RuleCatalog.byId(m.id())).containsSame(rule);
        }
    }

    @Test
    void rulesAreSmallFinalStatelessClasses() {
        for (Rule rule : RuleCatalog.all()) {
            Class<?> type = rule.getClass();
            assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type.getSimpleName()).isTrue();
            assertThat(type.getSimpleName()).endsWith("Rule");
            for (Field field : type.getDeclaredFields()) {
                assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
                        .as("%s.%s must be a static final constant (rules are stateless)", type.getSimpleName(),
                                field.getName()).isTrue();
            }
        }
    }

    @Test
    void everyRuleHasAFixtureThatFiresAndOneThatStaysQuiet() {
        for (String id : RuleCatalog.CATALOGUE_IDS) {
            assertThat(RuleFixtures.exists(id)).as("fixture %s.yaml", id).isTrue();
            RuleFixtures.Fixture fixture = RuleFixtures.load(id);
            assertThat(fixture.rule()).as("rule named in %s.yaml", id).isEqualTo(id);
            assertThat(fixture.rows()).as("rows of %s.yaml that must fire", id).anyMatch(r -> r.expect().equals("fire"));
            assertThat(fixture.rows()).as("rows of %s.yaml that must stay quiet", id).anyMatch(r -> r.expect().equals("quiet"));
        }
    }

    @Test
    void noFixtureForAnUnknownRule() throws URISyntaxException, java.io.IOException {
        Path folder = Path.of(RuleCatalogueTest.class.getResource(RuleFixtures.FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> fixtureIds = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .filter(n -> !n.equals("base-policy.yaml")).map(n -> n.substring(0, n.length() - 5)).toList();
            assertThat(RuleCatalog.CATALOGUE_IDS).containsAll(fixtureIds);
        }
    }
}
