package org.auditbench.rules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.auditbench.model.Entry;
import org.auditbench.model.Finding;
import org.auditbench.model.Scan;
import org.auditbench.model.Snapshot;
import org.auditbench.names.HostNames;
import org.auditbench.names.KeyMatcher;
import org.auditbench.names.NameException;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Answers "what would a client asking for this address get?": walks the newest snapshot of every source the
 * way an autodiscover service walks its decision tree (the policy's layers in order, first match wins) and
 * shows which entry answers each protocol, which entries it shadows, and the latest scan's findings on them.
 */
public final class ProbeService {

    private final Workspace workspace;

    public ProbeService(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * @param query  an email address or a domain
     * @param policy the policy whose layer order to use; null for the policy of the latest scan (or the
     *               built-in one when there is no scan)
     */
    public ProbeResult probe(String query, PolicyDocument policy) throws WorkspaceException, PolicyException {
        String text = query == null ? "" : query.strip();
        int at = text.lastIndexOf('@');
        String domain;
        try {
            domain = HostNames.normalise(at >= 0 ? text.substring(at + 1) : text);
        } catch (NameException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        String problem = HostNames.problem(domain);
        if (problem != null || (at >= 0 && at == 0)) {
            throw new IllegalArgumentException("'" + text + "' is neither an email address nor a domain"
                    + (problem == null ? "" : ": " + problem));
        }
        String address = at > 0 ? text.substring(0, at).toLowerCase(Locale.ROOT) + "@" + domain : null;
        Optional<Scan> scan = workspace.scans().latest();
        PolicyDocument used = policy != null ? policy : policyOf(scan);
        RuleContext context = new RuleContext(used.policy());

        List<ProbeResult.Answer> answers = new ArrayList<>();
        List<Snapshot> snapshots = workspace.snapshots().latestPerSource();
        for (Snapshot snapshot : snapshots) {
            Map<String, List<Matched>> byProtocol = new LinkedHashMap<>();
            for (Entry entry : workspace.entries().lookupCandidates(snapshot.id(), domain, address)) {
                KeyMatcher.Match how = KeyMatcher.match(entry.domain(), entry.keyKind(), entry.address(), domain, address);
                if (how != null) {
                    byProtocol.computeIfAbsent(Objects.toString(entry.protocol(), "(none)"), p -> new ArrayList<>())
                            .add(new Matched(entry, how));
                }
            }
            Map<Long, List<Finding>> findings = findings(scan, snapshot, byProtocol);
            Comparator<Matched> order = Comparator.<Matched>comparingInt(m -> context.layerRank(m.entry.layer()))
                    .thenComparing(m -> m.how).thenComparingLong(m -> m.entry.id());
            for (Map.Entry<String, List<Matched>> group : byProtocol.entrySet()) {
                List<Matched> matches = group.getValue();
                matches.sort(order);
                List<ProbeResult.Match> shadowed = new ArrayList<>();
                for (Matched m : matches.subList(1, matches.size())) {
                    shadowed.add(m.toMatch(findings));
                }
                answers.add(new ProbeResult.Answer(snapshot.sourceName(), group.getKey(),
                        matches.get(0).toMatch(findings), shadowed));
            }
        }
        answers.sort(Comparator.comparing(ProbeResult.Answer::source).thenComparing(ProbeResult.Answer::protocol));
        return new ProbeResult(text, domain, address, used.policy().layers(), scan.map(Scan::id).orElse(null),
                used.origin(), answers);
    }

    private PolicyDocument policyOf(Optional<Scan> scan) throws WorkspaceException, PolicyException {
        PolicyLoader loader = new PolicyLoader();
        if (scan.isEmpty()) {
            return loader.builtIn();
        }
        String text = workspace.scans().policyText(scan.get().id()).orElse(null);
        return text == null ? loader.builtIn() : loader.parseChecked(text, "the policy of scan " + scan.get().id());
    }

    private Map<Long, List<Finding>> findings(Optional<Scan> scan, Snapshot snapshot,
                                              Map<String, List<Matched>> byProtocol) throws WorkspaceException {
        Map<Long, List<Finding>> out = new HashMap<>();
        if (scan.isEmpty() || !scan.get().snapshotIds().contains(snapshot.id())) {
            return out;
        }
        List<Long> ids = byProtocol.values().stream().flatMap(List::stream).map(m -> m.entry.id()).toList();
        for (Finding f : workspace.findings().onEntries(scan.get().id(), ids)) {
            out.computeIfAbsent(f.entryId(), id -> new ArrayList<>()).add(f);
        }
        return out;
    }

    /** An entry and how it matched, while the answer is worked out. */
    private record Matched(Entry entry, KeyMatcher.Match how) {
        ProbeResult.Match toMatch(Map<Long, List<Finding>> findings) {
            return new ProbeResult.Match(entry, how.id(), findings.getOrDefault(entry.id(), List.of()));
        }
    }
}
