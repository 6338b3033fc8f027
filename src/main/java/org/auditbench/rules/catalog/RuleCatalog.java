package org.auditbench.rules.catalog;

import java.util.List;
import java.util.Optional;
import org.auditbench.rules.api.Rule;

/** Every rule this build ships, in catalogue order (DESIGN §9). */
public final class RuleCatalog {

    private static final List<Rule> ALL = List.of(
            new ReservedDomainRule(),
            new ReservedToExternalRule(),
            new ExternalRoutingRule(),
            new ReservedTargetRule(),
            new OverbroadPatternRule(),
            new TestNameInProductionRule(),
            new ExpiredRule(),
            new ExpiringSoonRule(),
            new MissingExpiryRule(),
            new MissingOwnerRule(),
            new MissingJustificationRule(),
            new VagueJustificationRule(),
            new TemporaryPastDateRule(),
            new StaleEntryRule(),
            new PlaceholderValueRule(),
            new SecretInConfigRule(),
            new ConflictingLayersRule(),
            new InvalidTargetRule(),
            new PlaintextTransportRule(),
            new NewEntryRule(),
            new RoutingChangedRule());

    /**
     * The stable ids of the whole catalogue of DESIGN §9. Policies may name any of them (severity
     * overrides, disabled rules); every shipped rule's id is one of these.
     */
    public static final List<String> CATALOGUE_IDS = List.of(
            "reserved-domain", "reserved-to-external", "external-routing", "reserved-target", "overbroad-pattern",
            "test-name-in-production", "expired", "expiring-soon", "missing-expiry", "missing-owner",
            "missing-justification", "vague-justification", "temporary-past-date", "stale-entry",
            "placeholder-value", "secret-in-config", "conflicting-layers", "invalid-target", "plaintext-transport",
            "new-entry", "routing-changed");

    private RuleCatalog() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
