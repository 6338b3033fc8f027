package org.auditbench.rules.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.auditbench.model.ApprovedPartner;
import org.auditbench.model.Policy;
import org.auditbench.names.HostNames;

/**
 * The policy as rules ask about it: who we are, who counts as the same organisation, which partners
 * are approved. Built once per scan; immutable and safe to share between threads.
 */
public final class RuleContext {

    private final Policy policy;
    private final Map<String, Integer> groupOf;
    private final Map<String, Integer> layerRank;
    private final Neighbourhood neighbourhood;
    private final List<Pattern> secretPatterns;

    public RuleContext(Policy policy) {
        this.policy = policy;
        this.secretPatterns = policy.secretPatterns().stream().map(Pattern::compile).toList();
        this.neighbourhood = Neighbourhood.NONE;
        this.groupOf = new HashMap<>();
        int group = 0;
        for (Set<String> members : policy.domainGroups()) {
            for (String domain : members) {
                groupOf.put(domain, group);
            }
            group++;
        }
        this.layerRank = new HashMap<>();
        for (String layer : policy.layers()) {
            layerRank.put(layer, layerRank.size());
        }
    }

    private RuleContext(RuleContext base, Neighbourhood neighbourhood) {
        this.policy = base.policy;
        this.groupOf = base.groupOf;
        this.layerRank = base.layerRank;
        this.secretPatterns = base.secretPatterns;
        this.neighbourhood = neighbourhood;
    }

    /** The same policy with what the engine knows about one snapshot's other entries. */
    public RuleContext withNeighbourhood(Neighbourhood snapshotNeighbourhood) {
        return new RuleContext(this, snapshotNeighbourhood);
    }

    public Policy policy() {
        return policy;
    }

    /** The policy's extra credential patterns, compiled. */
    public List<Pattern> secretPatterns() {
        return secretPatterns;
    }

    /** Other layers and the previous snapshot; {@link Neighbourhood#NONE} outside the engine's neighbour pass. */
    public Neighbourhood neighbourhood() {
        return neighbourhood;
    }

    /**
     * Where {@code layer} stands in the lookup order, 0 answering first. Layers the policy does not list come
     * after all listed ones (and entries without a layer last), so they never shadow a listed layer.
     */
    public int layerRank(String layer) {
        if (layer == null) {
            return Integer.MAX_VALUE;
        }
        Integer rank = layerRank.get(layer);
        return rank != null ? rank : layerRank.size();
    }

    /** True when the policy's lookup order names {@code layer}. */
    public boolean isKnownLayer(String layer) {
        return layer != null && layerRank.containsKey(layer);
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
