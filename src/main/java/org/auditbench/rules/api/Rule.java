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

    /** Reports to {@code sink} each problem this rule sees in {@code entry}. */
    void check(Entry entry, RuleContext context, FindingSink sink);
}
