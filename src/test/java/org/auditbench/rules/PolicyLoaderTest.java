package org.auditbench.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.auditbench.model.Policy;
import org.auditbench.model.Severity;
import org.auditbench.rules.engine.PolicyDocument;
import org.auditbench.rules.engine.PolicyException;
import org.auditbench.rules.engine.PolicyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyLoaderTest {

    private final PolicyLoader loader = new PolicyLoader(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    @Test
    void theBuiltInPolicyReviewsTodayAndKnowsTheLayerOrder() {
        PolicyDocument doc = loader.builtIn();
        assertThat(doc.policy().reviewDate()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(doc.policy().layers()).containsExactly("v2", "v1", "fixed", "provider", "domain");
        assertThat(doc.policy().testMarkers()).contains("test", "staging", "uat");
        assertThat(doc.origin()).isEqualTo("built-in default");
        assertThat(doc.sha256()).hasSize(64);
    }

    @Test
    void theDemoPolicyLoadsCompletely() throws Exception {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/demo/policy.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Policy policy = loader.parseChecked(text, "demo").policy();
        assertThat(policy.organization()).isEqualTo("Contoso Mail");
        assertThat(policy.ownedDomains()).contains("contoso.com");
        assertThat(policy.approvedPartners()).anySatisfy(p -> assertThat(p.domain()).isEqualTo("litwareinc.com"));
        assertThat(policy.reviewDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(policy.severityOverrides()).containsEntry("external-routing", Severity.HIGH);
    }

    @Test
    void keysLeftOutTakeTheDefaults() throws PolicyException {
        Policy policy = loader.parseChecked("ownedDomains: [Contoso.COM.]\n", "p.yaml").policy();
        assertThat(policy.ownedDomains()).containsExactly("contoso.com");
        assertThat(policy.expiringSoonDays()).isEqualTo(90);
        assertThat(policy.retentionDays()).isEqualTo(365);
        assertThat(policy.layers()).hasSize(5);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "'organization: X\\nownedDomain: [a.com]'                       | line 2: unknown key 'ownedDomain'",
        "'reviewDate: 2026-13-01'                                       | line 1: reviewDate",
        "'severity:\\n  external-routing: severe'                        | line 2: severity: unknown severity 'severe'",
        "'disabledRules: [no-such-rule]'                                | line 1: disabledRules: unknown rule id 'no-such-rule'",
        "'expiringSoonDays: -3'                                         | line 1: expiringSoonDays: expiringSoonDays must not be negative",
        "'ownedDomains: [\"bad domain.com\"]'                            | line 1: ownedDomains: 'bad domain.com' is not a valid domain",
        "'approvedPartners:\\n  - domain: sei.co.jp\\n    approver: j'   | approvedPartners",
        "'layers: [v1, v1]'                                              | line 1: layers: layers names a layer twice",
        "'organization: [unclosed'                                       | p.yaml: line 1",
    })
    void badValuesAreErrorsNamingTheLineAndKey(String yaml, String expected) {
        String text = yaml.replace("\\n", "\n");
        assertThatThrownBy(() -> loader.parseChecked(text, "p.yaml")).isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("p.yaml: ").hasMessageContaining(expected);
    }

    @Test
    void aMissingOrEmptyFileIsAnError() throws Exception {
        assertThatThrownBy(() -> loader.load(dir.resolve("none.yaml"))).hasMessageContaining("does not exist");
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "\n");
        assertThatThrownBy(() -> loader.load(empty)).hasMessageContaining("empty");
    }
}
