package org.auditbench.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisation's facts and thresholds a scan judges against (DESIGN §8).
 * Built and validated by the policy loader; immutable.
 *
 * @param domainGroups   sets of registrable domains that count as one organisation (a provider's brands)
 * @param layers         the lookup order, first answers first
 * @param secretPatterns extra regular expressions (validated by the loader) whose matches count as credentials
 * @param waiverMaxDays  how many days ahead a waiver may run at most, or null for no limit
 */
public record Policy(
        String organization,
        List<String> ownedDomains,
        List<Set<String>> domainGroups,
        List<ApprovedPartner> approvedPartners,
        LocalDate reviewDate,
        int expiringSoonDays,
        int retentionDays,
        List<String> testMarkers,
        List<String> vagueJustifications,
        List<String> placeholderValues,
        Map<String, Severity> severityOverrides,
        Set<String> disabledRules,
        List<String> layers,
        List<String> secretPatterns,
        Integer waiverMaxDays) {

    public Policy {
        ownedDomains = List.copyOf(ownedDomains);
        domainGroups = domainGroups.stream().map(Set::copyOf).toList();
        approvedPartners = List.copyOf(approvedPartners);
        testMarkers = List.copyOf(testMarkers);
        vagueJustifications = List.copyOf(vagueJustifications);
        placeholderValues = List.copyOf(placeholderValues);
        severityOverrides = Map.copyOf(severityOverrides);
        disabledRules = Set.copyOf(disabledRules);
        layers = List.copyOf(layers);
        secretPatterns = secretPatterns == null ? List.of() : List.copyOf(secretPatterns);
    }

    /** A policy without extra secret patterns and without a limit on how far ahead waivers may run. */
    public Policy(String organization, List<String> ownedDomains, List<Set<String>> domainGroups,
                  List<ApprovedPartner> approvedPartners, LocalDate reviewDate, int expiringSoonDays, int retentionDays,
                  List<String> testMarkers, List<String> vagueJustifications, List<String> placeholderValues,
                  Map<String, Severity> severityOverrides, Set<String> disabledRules, List<String> layers) {
        this(organization, ownedDomains, domainGroups, approvedPartners, reviewDate, expiringSoonDays, retentionDays,
                testMarkers, vagueJustifications, placeholderValues, severityOverrides, disabledRules, layers, List.of(), null);
    }
}
