package org.auditbench.rules.catalog;

import java.util.List;
import java.util.Optional;
import org.auditbench.model.ApprovedPartner;
import org.auditbench.model.Entry;
import org.auditbench.model.NameFacts;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** A domain routes into another organisation's domain without an approval that covers it. */
public final class ExternalRoutingRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "external-routing",
            "Entries route only to their own domain, your domains, or approved partners",
            Severity.MEDIUM,
            "Routing a domain's mail or autodiscover traffic into another organisation's domain hands that"
                    + " organisation the users' connections and often their credentials. It is sometimes right (a"
                    + " hosted mail provider, a migration partner), which is what the approved-partner list with"
                    + " its expiry records; anything else is a mistake or a leftover.",
            "Point the entry at the domain's own servers or yours; if the routing is intended, add the partner to"
                    + " approvedPartners with a justification, an approver and an expiry.",
            List.of("DESIGN §8 approvedPartners", "Outlook autodiscover example.com incident (2020-2025)"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        NameFacts domain = entry.domainFacts();
        NameFacts target = entry.targetFacts();
        if (target.reserved() != null) {
            return; // reserved-target judges routes into reserved names
        }
        String from = domain.registrable();
        String to = target.registrable();
        if (from == null || to == null || from.equals(to) || Routing.externalTarget(entry, context).isEmpty()) {
            return;
        }
        sink.report(() -> evidence(entry, context, from, to));
    }

    private static Evidence evidence(Entry entry, RuleContext context, String from, String to) {
        Optional<ApprovedPartner> partner = context.partnerFor(entry.targetFacts().name());
        String lapse = partner.map(p -> "; its partner approval expired on " + p.expires()).orElse("");
        return Evidence.of(Severity.MEDIUM,
                entry.key() + " routes " + (entry.protocol() == null ? "" : entry.protocol() + " ") + "to "
                        + EvidenceText.target(entry) + ", in " + to + ", which is neither " + from
                        + " nor yours nor an approved partner" + lapse,
                EvidenceText.detail(entry, "domain registrable", from, "target registrable", to,
                        "approved partner", partner.map(p -> p.domain() + " expired " + p.expires()).orElse("none")));
    }
}
