package org.auditbench.rules.engine;

import java.util.List;
import java.util.function.Consumer;
import org.auditbench.model.Entry;
import org.auditbench.model.NewFinding;
import org.auditbench.model.Policy;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;

/**
 * Runs the enabled rules over entries and turns what they report into findings: the policy's severity
 * overrides applied, a fingerprint attached. Holds no per-entry state, so it can be shared.
 */
public final class RuleEngine {

    private final List<Rule> rules;
    private final Policy policy;
    private final RuleContext context;

    public RuleEngine(List<Rule> catalogue, Policy policy) {
        this.rules = catalogue.stream().filter(r -> !policy.disabledRules().contains(r.id())).toList();
        this.policy = policy;
        this.context = new RuleContext(policy);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Evaluates every enabled rule on {@code entry} of source {@code sourceName}. */
    public void evaluate(Entry entry, String sourceName, Consumer<NewFinding> out) {
        for (Rule rule : rules) {
            String id = rule.id();
            Severity override = policy.severityOverrides().get(id);
            rule.check(entry, context, evidence -> out.accept(new NewFinding(entry.id(), evidence.relatedEntryId(), id,
                    override != null ? override : evidence.severity(),
                    Fingerprints.of(sourceName, id, entry.layer(), entry.protocol(), entry.key(), entry.target()),
                    evidence.message(), evidence.detail())));
        }
    }
}
