package org.auditbench.rules.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.auditbench.model.ApprovedPartner;
import org.auditbench.model.Severity;
import org.auditbench.names.HostNames;
import org.auditbench.names.NameException;
import org.auditbench.rules.catalog.RuleCatalog;

/**
 * The policy YAML as Jackson binds it. Setters validate as they go, so an exception surfaces with the
 * parser's line and column; unknown keys are refused by the loader.
 */
final class PolicyFile {

    String organization;
    List<String> ownedDomains = List.of();
    List<Set<String>> domainGroups = List.of();
    List<ApprovedPartner> approvedPartners = List.of();
    LocalDate reviewDate;
    int expiringSoonDays = 90;
    int retentionDays = 365;
    List<String> testMarkers;
    List<String> vagueJustifications;
    List<String> placeholderValues;
    Map<String, Severity> severity = Map.of();
    Set<String> disabledRules = Set.of();
    List<String> layers;
    Integer waiverMaxDays;
    List<String> secretPatterns = List.of();

    @JsonProperty("organization")
    void setOrganization(String value) {
        organization = value == null ? null : value.strip();
    }

    @JsonProperty("ownedDomains")
    void setOwnedDomains(List<String> values) {
        ownedDomains = domains(values);
    }

    @JsonProperty("domainGroups")
    void setDomainGroups(List<List<String>> groups) {
        List<Set<String>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<String> group : nonNull(groups)) {
            Set<String> members = new LinkedHashSet<>(domains(group));
            for (String member : members) {
                if (!seen.add(member)) {
                    throw new IllegalArgumentException(member + " is in more than one domain group");
                }
            }
            out.add(members);
        }
        domainGroups = out;
    }

    @JsonProperty("approvedPartners")
    void setApprovedPartners(List<PartnerEntry> partners) {
        List<ApprovedPartner> out = new ArrayList<>();
        for (PartnerEntry p : nonNull(partners)) {
            out.add(p.toPartner());
        }
        approvedPartners = out;
    }

    @JsonProperty("reviewDate")
    void setReviewDate(LocalDate value) {
        reviewDate = value;
    }

    @JsonProperty("expiringSoonDays")
    void setExpiringSoonDays(int days) {
        expiringSoonDays = nonNegative("expiringSoonDays", days);
    }

    @JsonProperty("retentionDays")
    void setRetentionDays(int days) {
        retentionDays = nonNegative("retentionDays", days);
    }

    @JsonProperty("testMarkers")
    void setTestMarkers(List<String> values) {
        testMarkers = words(values);
    }

    @JsonProperty("vagueJustifications")
    void setVagueJustifications(List<String> values) {
        vagueJustifications = words(values);
    }

    @JsonProperty("placeholderValues")
    void setPlaceholderValues(List<String> values) {
        placeholderValues = words(values);
    }

    @JsonProperty("severity")
    void setSeverity(Map<String, String> overrides) {
        Map<String, Severity> out = new LinkedHashMap<>();
        if (overrides != null) {
            overrides.forEach((rule, level) -> {
                out.put(knownRule(rule), Severity.parse(level == null ? "" : level));
            });
        }
        severity = out;
    }

    @JsonProperty("disabledRules")
    void setDisabledRules(List<String> rules) {
        Set<String> out = new LinkedHashSet<>();
        for (String rule : nonNull(rules)) {
            out.add(knownRule(rule));
        }
        disabledRules = out;
    }

    @JsonProperty("layers")
    void setLayers(List<String> values) {
        List<String> out = words(values);
        if (out.isEmpty()) {
            throw new IllegalArgumentException("layers must name at least one layer");
        }
        if (new HashSet<>(out).size() != out.size()) {
            throw new IllegalArgumentException("layers names a layer twice: " + out);
        }
        layers = out;
    }

    @JsonProperty("waiverMaxDays")
    void setWaiverMaxDays(Integer days) {
        if (days != null && days < 1) {
            throw new IllegalArgumentException("waiverMaxDays must be at least 1 (or null for no limit), was " + days);
        }
        waiverMaxDays = days;
    }

    @JsonProperty("secretPatterns")
    void setSecretPatterns(List<SecretPattern> values) {
        List<String> out = new ArrayList<>();
        for (SecretPattern value : nonNull(values)) {
            out.add(value.regex);
        }
        secretPatterns = out;
    }

    /** One item of {@code secretPatterns}, checked as it is read so an error names that item's line. */
    static final class SecretPattern {
        final String regex;

        @com.fasterxml.jackson.annotation.JsonCreator
        SecretPattern(String regex) {
            if (regex == null || regex.isBlank()) {
                throw new IllegalArgumentException("a secret pattern is empty");
            }
            try {
                java.util.regex.Pattern.compile(regex);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("'" + regex + "' is not a valid regular expression: "
                        + e.getDescription() + " near index " + e.getIndex());
            }
            this.regex = regex;
        }
    }

    /** One item of {@code approvedPartners}; all four keys are required. */
    static final class PartnerEntry {
        @JsonProperty(value = "domain", required = true)
        String domain;
        @JsonProperty(value = "justification", required = true)
        String justification;
        @JsonProperty(value = "approver", required = true)
        String approver;
        @JsonProperty(value = "expires", required = true)
        LocalDate expires;

        ApprovedPartner toPartner() {
            if (justification == null || justification.isBlank()) {
                throw new IllegalArgumentException("approved partner " + domain + " has no justification");
            }
            if (approver == null || approver.isBlank()) {
                throw new IllegalArgumentException("approved partner " + domain + " has no approver");
            }
            return new ApprovedPartner(domain(domain), justification.strip(), approver.strip(), expires);
        }
    }

    private static String knownRule(String rule) {
        if (rule == null || !RuleCatalog.CATALOGUE_IDS.contains(rule.strip())) {
            throw new IllegalArgumentException("unknown rule id '" + rule + "' (rule ids are "
                    + String.join(", ", RuleCatalog.CATALOGUE_IDS) + ")");
        }
        return rule.strip();
    }

    private static List<String> domains(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : nonNull(values)) {
            out.add(domain(value));
        }
        return out;
    }

    private static String domain(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a domain is empty");
        }
        try {
            String name = HostNames.normalise(value);
            String problem = HostNames.problem(name);
            if (problem != null) {
                throw new IllegalArgumentException("'" + value + "' is not a valid domain: " + problem);
            }
            return name;
        } catch (NameException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static List<String> words(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : nonNull(values)) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("a list item is empty");
            }
            out.add(value.strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static int nonNegative(String key, int days) {
        if (days < 0) {
            throw new IllegalArgumentException(key + " must not be negative, was " + days);
        }
        return days;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
