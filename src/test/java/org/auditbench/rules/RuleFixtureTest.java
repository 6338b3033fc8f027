package org.auditbench.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.auditbench.model.Finding;
import org.auditbench.rules.catalog.RuleCatalog;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every rule's fixture: rows that must fire do, with the stated severity; rows that must stay quiet do. */
class RuleFixtureTest {

    static Stream<String> ruleIds() {
        return RuleCatalog.CATALOGUE_IDS.stream().filter(RuleFixtures::exists);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void fixtureRowsFireOrStayQuiet(String rule, @TempDir Path dir) throws Exception {
        RuleFixtures.Fixture fixture = RuleFixtures.load(rule);
        assertThat(fixture.rule()).isEqualTo(rule);
        RuleFixtures.Outcome outcome = RuleFixtures.run(fixture, dir);
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < fixture.rows().size(); i++) {
            RuleFixtures.Row row = fixture.rows().get(i);
            List<Finding> found = outcome.on(i, rule);
            String what = "row " + (i + 1) + " " + row.columns().get("layer") + " " + row.columns().get("domain") + " "
                    + row.columns().get("protocol") + " -> " + row.columns().get("hostname");
            switch (row.expect()) {
                case "fire" -> {
                    soft.assertThat(found).as("%s must fire %s", what, rule).hasSize(1);
                    if (row.severity() != null && found.size() == 1) {
                        soft.assertThat(found.get(0).severity().id()).as("severity of %s", what).isEqualTo(row.severity());
                    }
                    if (found.size() == 1) {
                        soft.assertThat(found.get(0).message()).as("message of %s", what).isNotBlank();
                        soft.assertThat(found.get(0).evidence()).as("evidence of %s", what).isNotBlank();
                    }
                }
                case "quiet" -> soft.assertThat(found).as("%s must not fire %s: %s", what, rule,
                        found.stream().map(Finding::message).toList()).isEmpty();
                case "context" -> { }
                default -> soft.fail("row " + (i + 1) + " of " + rule + ".yaml: unknown expect '" + row.expect() + "'");
            }
        }
        for (Finding finding : outcome.findings()) {
            for (String secret : fixture.mustNotAppear()) {
                soft.assertThat(finding.message() + " " + finding.evidence())
                        .as("finding %s of %s shows a secret", finding.rule(), finding.subject().key())
                        .doesNotContain(secret);
            }
        }
        soft.assertAll();
    }
}
