package org.auditbench.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.auditbench.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad policy value is an error naming the key and the line; good ones arrive in the Policy. */
class PolicyValidationTest {

    private final PolicyLoader loader = new PolicyLoader();

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "organization: X\\nfoo: bar | line 2: unknown key 'foo' | unknown key",
        "organization: X\\nreviewDate: 2026-13-45 | line 2: reviewDate: '2026-13-45' is not a date | bad date",
        "organization: X\\nsecretPatterns:\\n  - 'CORP-[0-9]+'\\n  - '(unclosed' | line 4: secretPatterns[1]: '(unclosed' is not a valid regular expression | bad regex",
        "organization: X\\nlayers: [v1, v1] | line 2: layers: layers names a layer twice | duplicate layer",
        "organization: X\\nseverity:\\n  stale-entry: urgent | line 3: severity: unknown severity 'urgent' | bad severity",
        "organization: X\\ndisabledRules: [no-such-rule] | line 2: disabledRules: unknown rule id 'no-such-rule' | unknown rule",
        "organization: X\\nexpiringSoonDays: -3 | line 2: expiringSoonDays: expiringSoonDays must not be negative | negative days",
        "organization: X\\nownedDomains: ['bad..name'] | line 2: ownedDomains: 'bad..name' is not a valid domain | bad domain",
    })
    void badValuesNameKeyAndLine(String yaml, String expected, String what) {
        assertThatThrownBy(() -> loader.parseChecked(yaml.replace("\\n", "\n"), "p.yaml"))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("p.yaml: ")
                .hasMessageContaining(expected);
    }

    @Test
    void goodValuesArriveInThePolicy() throws PolicyException {
        PolicyDocument doc = loader.parseChecked("""
                organization: Contoso
                severity:
                  stale-entry: high
                disabledRules: [plaintext-transport]
                layers: [fixed, domain]
                secretPatterns: ['CORP-[0-9]{6}']
                """, "p.yaml");
        assertThat(doc.policy().severityOverrides()).containsEntry("stale-entry", Severity.HIGH);
        assertThat(doc.policy().disabledRules()).containsExactly("plaintext-transport");
        assertThat(doc.policy().layers()).containsExactly("fixed", "domain");
        assertThat(doc.policy().secretPatterns()).containsExactly("CORP-[0-9]{6}");
        assertThat(doc.sha256()).hasSize(64);
        assertThat(loader.builtIn().policy().layers()).containsExactly("v2", "v1", "fixed", "provider", "domain");
        assertThat(loader.builtIn().policy().secretPatterns()).isEmpty();
    }
}
