package org.auditbench.rules.engine;

import java.util.List;
import org.auditbench.model.Entry;
import org.auditbench.model.Finding;

/**
 * What a lookup of one address or domain would get: per source and protocol, the entry that answers (first
 * in the layer order, the most specific within a layer) and the entries it shadows, each with its findings.
 *
 * @param scanId the scan whose findings are shown, or null when the workspace was never scanned
 */
public record ProbeResult(String query, String domain, String address, List<String> layers, Long scanId,
                          String policyOrigin, List<Answer> answers) {

    public ProbeResult {
        layers = List.copyOf(layers);
        answers = List.copyOf(answers);
    }

    /** One source's answer for one protocol. */
    public record Answer(String source, String protocol, Match answering, List<Match> shadowed) {
        public Answer {
            shadowed = List.copyOf(shadowed);
        }
    }

    /** One entry that matches the lookup, how it matched, and what the scan found on it. */
    public record Match(Entry entry, String matchedBy, List<Finding> findings) {
        public Match {
            findings = List.copyOf(findings);
        }
    }
}
