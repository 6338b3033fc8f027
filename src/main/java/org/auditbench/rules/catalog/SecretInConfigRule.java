package org.auditbench.rules.catalog;

import java.util.List;
import java.util.Optional;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** A credential written into the configuration; the evidence names where, never what. */
public final class SecretInConfigRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "secret-in-config",
            "No password, token or key is stored in the configuration",
            Severity.HIGH,
            "Configuration tables are exported, copied into tickets and spreadsheets and read by many people. A"
                    + " password in a URL (user:password@host), a note or an extra column is disclosed to all of"
                    + " them, and outlives every password rotation policy.",
            "Treat the credential as disclosed: rotate it now, then remove it from the configuration and keep it"
                    + " in a secrets manager that the service reads at run time.",
            List.of("CWE-798 (use of hard-coded credentials)", "CWE-312 (cleartext storage of sensitive information)",
                    "RFC 3986 section 3.2.1 (user:password in URIs is deprecated)"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        boolean policyPatterns = !context.secretPatterns().isEmpty();
        Optional<Credentials.Hit> hit = Credentials.find(entry, value -> policyPatterns || Credentials.mayHoldSecret(value)
                ? context.remember("secret-in-config", value, v -> Credentials.scan(v, context.secretPatterns()))
                : Optional.empty());
        if (hit.isEmpty()) {
            return;
        }
        Credentials.Hit h = hit.get();
        sink.report(() -> Evidence.of(Severity.HIGH,
                "the " + h.field() + " of " + EvidenceText.key(entry) + " holds " + h.kind()
                        + " (value redacted, " + h.length() + " characters)",
                EvidenceText.detail(entry, "field", h.field(), "credential", "[REDACTED]")));
    }
}
