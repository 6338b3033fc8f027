package org.auditbench.rules.api;

import org.auditbench.model.Entry;

/**
 * One check. Implementations are small, final and stateless: everything they need arrives in the
 * entry (with its derived name facts) and the context (policy and review date).
 */
public interface Rule {

    RuleMetadata metadata();

    default String id() {
        return metadata().id();
    }

    /**
     * Reports to {@code sink} what this rule sees wrong with {@code entry}: at most one finding per entry,
     * since a finding's fingerprint is made of the rule and the entry.
     */
    void check(Entry entry, RuleContext context, FindingSink sink);

    /**
     * True for rules that compare an entry with others ({@link RuleContext#neighbourhood()}). The engine runs
     * them after the per-entry pass, and only on entries whose neighbourhood differs from them: another layer
     * answers the same key and protocol differently, or the previous snapshot lacks the entry or routes it
     * elsewhere. On any other entry such a rule would find nothing.
     */
    default boolean needsNeighbourhood() {
        return false;
    }
}
