package org.auditbench.rules.catalog;

import java.util.List;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.names.ReservedName;
import org.auditbench.names.ReservedNames;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** A configuration entry answers for a reserved or special-use name. */
public final class ReservedDomainRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "reserved-domain",
            "No entry answers for a reserved or special-use domain",
            Severity.HIGH,
            "Names such as example.com, .test, .invalid, .localhost and .internal are reserved so that they never"
                    + " route anywhere. An entry that answers for one is at best test data left in production and at"
                    + " worst a live route for credentials typed into documentation examples: for five years a major"
                    + " provider's autodiscover answered email@example.com with a third party's mail servers.",
            "Delete the entry. If a test fixture needs it, keep it in a test environment that production lookups"
                    + " never consult.",
            List.of("RFC 2606", "RFC 6761", "IANA Special-Use Domain Names registry",
                    "Outlook autodiscover example.com incident (2020-2025)"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        String reserved = entry.domainFacts().reserved();
        if (reserved == null) {
            return;
        }
        sink.report(() -> evidence(entry, reserved));
    }

    private static Evidence evidence(Entry entry, String reserved) {
        ReservedName name = ReservedNames.builtIn().match(reserved).orElseThrow();
        boolean production = entry.environment() == null || entry.isProduction();
        String reason = name.reference() + ": " + name.purpose();
        String subject;
        if (entry.keyKind().isPattern()) {
            subject = "the pattern " + entry.domain() + " covers " + reserved + ", which is reserved (" + reason + ")";
        } else if (entry.address() != null) {
            subject = entry.address() + " is an address in " + reserved + ", which is reserved (" + reason + ")";
        } else if (entry.domain().equals(reserved)) {
            subject = reserved + " is reserved (" + reason + ")";
        } else {
            subject = entry.domain() + " lies under " + reserved + ", which is reserved (" + reason + ")";
        }
        return Evidence.of(production ? Severity.HIGH : Severity.LOW,
                subject + "; no configuration should answer for it",
                EvidenceText.detail(entry, "reserved", reserved + " (" + name.reference() + ")"));
    }
}
