package org.auditbench.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.auditbench.model.Entry;
import org.auditbench.model.NewFinding;
import org.auditbench.model.Policy;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Neighbourhood;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;

/**
 * Runs the enabled rules over entries and turns what they report into findings: the policy's severity
 * overrides applied, a fingerprint attached. Holds no per-entry state, so several threads can share it.
 */
public final class RuleEngine {

    private final List<Rule> rules;
    private final List<Rule> entryRules;
    private final List<Rule> neighbourRules;
    private final Policy policy;
    private final RuleContext context;

    public RuleEngine(List<Rule> catalogue, Policy policy) {
        this.rules = catalogue.stream().filter(r -> !policy.disabledRules().contains(r.id())).toList();
        this.entryRules = rules.stream().filter(r -> !r.needsNeighbourhood()).toList();
        this.neighbourRules = rules.stream().filter(Rule::needsNeighbourhood).toList();
        this.policy = policy;
        this.context = new RuleContext(policy);
    }

    public List<Rule> rules() {
        return rules;
    }

    public RuleContext context() {
        return context;
    }

    /** Whether any enabled rule compares entries with other entries (so the scan must build the index). */
    public boolean hasNeighbourRules() {
        return !neighbourRules.isEmpty();
    }

    /** Evaluates every enabled rule that judges {@code entry} on its own. */
    public void evaluate(Entry entry, String sourceName, Consumer<NewFinding> out) {
        run(entryRules, entry, sourceName, context, out);
    }

    /** Evaluates the rules that compare {@code entry} with its neighbourhood in one snapshot. */
    public void evaluateNeighbours(Entry entry, String sourceName, Neighbourhood neighbourhood,
                                   Consumer<NewFinding> out) {
        run(neighbourRules, entry, sourceName, context.withNeighbourhood(neighbourhood), out);
    }

    /** Every enabled rule on {@code entry}, the neighbour rules with {@code neighbourhood}. */
    public void evaluateAll(Entry entry, String sourceName, Neighbourhood neighbourhood, Consumer<NewFinding> out) {
        evaluate(entry, sourceName, out);
        evaluateNeighbours(entry, sourceName, neighbourhood, out);
    }

    private void run(List<Rule> which, Entry entry, String sourceName, RuleContext ctx, Consumer<NewFinding> out) {
        Sink sink = new Sink();
        for (Rule rule : which) {
            rule.check(entry, ctx, sink);
            if (!sink.reported.isEmpty()) {
                emit(entry, sourceName, rule.id(), sink.reported, out);
                sink.reported.clear();
            }
        }
    }

    /**
     * Turns what one rule reported on one entry into findings. Kept apart from the sink on purpose: the sink
     * is called from inside every rule, and whatever it does the JIT compiles into each of them again (the
     * fingerprint's SHA-256 twenty times over cost seconds of compiler time per scan).
     */
    private void emit(Entry entry, String sourceName, String rule, List<Supplier<Evidence>> reported,
                      Consumer<NewFinding> out) {
        Severity override = policy.severityOverrides().get(rule);
        String fingerprint = Fingerprints.of(sourceName, rule, entry.layer(), entry.protocol(), entry.key(),
                entry.target());
        for (Supplier<Evidence> written : reported) {
            Evidence evidence = written.get();
            out.accept(new NewFinding(entry.id(), evidence.relatedEntryId(), rule,
                    override != null ? override : evidence.severity(), fingerprint, evidence.message(),
                    evidence.detail()));
        }
    }

    /** One sink per entry (not one per rule and entry): the scan calls this twenty times a million times. */
    private static final class Sink implements FindingSink {
        private final List<Supplier<Evidence>> reported = new ArrayList<>(2);

        @Override
        public void report(Supplier<Evidence> evidence) {
            reported.add(evidence);
        }
    }
}
