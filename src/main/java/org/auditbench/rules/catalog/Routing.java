package org.auditbench.rules.catalog;

import java.util.Optional;
import org.auditbench.model.ApprovedPartner;
import org.auditbench.model.Entry;
import org.auditbench.model.NameFacts;
import org.auditbench.rules.api.RuleContext;

/** Whether an entry's target lies outside everything the policy counts as "us or approved". */
final class Routing {

    private Routing() {
    }

    /**
     * The registrable domain the entry routes into when that is another organisation's: not the domain's own
     * (or its group's), not owned, not an active approved partner. Empty when the route is fine or cannot be
     * judged (no target, an address, an unknown suffix, a reserved target — other rules judge those).
     */
    static Optional<String> externalTarget(Entry entry, RuleContext context) {
        NameFacts domain = entry.domainFacts();
        NameFacts target = entry.targetFacts();
        if (target.reserved() != null) {
            return Optional.empty();
        }
        String from = domain.registrable();
        String to = target.registrable();
        if (from == null || to == null || context.isOwned(target.name()) || context.sameOrganisation(from, to)) {
            return Optional.empty();
        }
        Optional<ApprovedPartner> partner = context.partnerFor(target.name());
        if (partner.isPresent() && partner.get().activeOn(context.reviewDate())) {
            return Optional.empty();
        }
        return Optional.of(to);
    }
}
