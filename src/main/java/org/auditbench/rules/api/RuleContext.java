package org.auditbench.rules.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.auditbench.model.ApprovedPartner;
import org.auditbench.model.Policy;
import org.auditbench.names.HostNames;

/**
 * The policy as rules ask about it: who we are, who counts as the same organisation, which partners
 * are approved. Built once per scan and safe to share between threads: its only mutable part is a memo of
 * answers that depend on nothing but a value and the policy (see {@link #remember}).
 */
public final class RuleContext {

    /** Distinct values remembered per purpose; past this, answers are computed every time (bounded memory). */
    private static final int MEMO_LIMIT = 100_000;

    private final Policy policy;
    private final Map<String, Integer> groupOf;
    private final Map<String, Integer> layerRank;
    private final Neighbourhood neighbourhood;
    private final List<Pattern> secretPatterns;
    private final Map<String, Map<Object, Object>> memos;

    public RuleContext(Policy policy) {
        this.policy = policy;
        this.secretPatterns = policy.secretPatterns().stream().map(Pattern::compile).toList();
        this.memos = new ConcurrentHashMap<>();
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
        this.memos = base.memos;
        this.neighbourhood = neighbourhood;
    }

    /** The same policy with what the engine knows about one snapshot's other entries. */
    public RuleContext withNeighbourhood(Neighbourhood snapshotNeighbourhood) {
        return new RuleContext(this, snapshotNeighbourhood);
    }

    public Policy policy() {
        return policy;
    }

    /**
     * The answer of a pure function of one value under this context's policy, computed once per distinct
     * value and scan. Configuration tables repeat the same justifications, notes and host names across
     * millions of rows, so rules ask here before running regular expressions on a value. {@code function}
     * must depend on nothing but its argument and the policy; results must not be null.
     *
     * @param purpose names the function (usually the rule id plus what it computes), so answers never mix
     */
    @SuppressWarnings("unchecked")
    public <K, V> V remember(String purpose, K value, Function<K, V> function) {
        Map<Object, Object> memo = memos.get(purpose);
        if (memo == null) { // computeIfAbsent alone would lock the bin on every call, and workers share it
            memo = memos.computeIfAbsent(purpose, p -> new ConcurrentHashMap<>());
        }
        Object known = memo.get(value);
        if (known == null) {
            known = function.apply(value);
            if (memo.size() < MEMO_LIMIT) {
                memo.put(value, known);
            }
        }
        return (V) known;
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
        for (ApprovedPartner partner : policy.approvedPartners()) {
            if (HostNames.isAtOrUnder(host, partner.domain())) {
                return Optional.of(partner);
            }
        }
        return Optional.empty();
    }
}
