package org.auditbench.gui.findings;

import org.auditbench.model.Finding;
import org.auditbench.model.FindingSubject;
import org.auditbench.model.Severity;

/**
 * One line of the findings table: a finding with the entry fields it is shown with.
 *
 * @param waiverExpires when the finding's waiver lapses, or null when it has none
 */
public record FindingRow(long id, long entryId, Severity severity, String rule, String key, String domain,
                         String protocol, String target, String layer, String owner, String environment,
                         String status, String waiverExpires, String message, String evidence, String fingerprint,
                         String source) {

    public static FindingRow of(Finding f) {
        FindingSubject s = f.subject();
        String target = s.target() == null ? "" : s.target() + (s.port() == null ? "" : ":" + s.port());
        return new FindingRow(f.id(), f.entryId(), f.severity(), f.rule(), s.key(), s.domain(), s.protocol(), target,
                s.layer(), s.owner(), s.environment(), f.status().id(), null, f.message(), f.evidence(),
                f.fingerprint(), s.sourceName() + ", " + s.sourceRow());
    }
}
