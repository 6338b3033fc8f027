package org.auditbench.rules.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.auditbench.model.ApprovedPartner;
import org.auditbench.model.Policy;
import org.auditbench.names.HostNames;

/**
 * The policy as rules ask about it: who we are, who counts as the same organisation, which partners
 * are approved. Built once per scan; immutable and safe to share between threads.
 */
public final class RuleContext {

    private final Policy policy;
    private final Map<String, Integer> groupOf = new HashMap<>();

    public RuleContext(Policy policy) {
        this.policy = policy;
        int group = 0;
        for (Set<String> members : policy.domainGroups()) {
            for (String domain : members) {
                groupOf.put(domain, group);
            }
            group++;
        }
    }

    public Policy policy() {
        return policy;
    }

    public LocalDate reviewDate() {
        return policy.reviewDate();
    }

    /** True when {@code host} is one of the owned domains or lies under one. */
    public boolean isOwned(String host) {
        if (host == null) {
            return false;
        }
        for (String owned : policy.ownedDomains()) {
            if (HostNames.isAtOrUnder(host, owned)) {
                return true;
            }
        }
        return false;
    }

    /** True when two registrable domains are the same, or members of one domain group. */
    public boolean sameOrganisation(String registrableA, String registrableB) {
        if (registrableA == null || registrableB == null) {
            return false;
        }
        if (registrableA.equals(registrableB)) {
            return true;
        }
        Integer a = groupOf.get(registrableA);
        return a != null && a.equals(groupOf.get(registrableB));
    }

    /** The approved-partner record covering {@code host}, active or not; the caller checks its expiry. */
    public Optional<ApprovedPartner> partnerFor(String host) {
        if (host == null) {
            return Optional.empty();
        }
        return policy.approvedPartners().stream().filter(p -> HostNames.isAtOrUnder(host, p.domain())).findFirst();
    }
}
