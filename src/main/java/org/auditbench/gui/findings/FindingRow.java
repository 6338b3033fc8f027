package org.auditbench.gui.findings;

import org.auditbench.model.Finding;
import org.auditbench.model.FindingSubject;
import org.auditbench.model.Severity;

/** One line of the findings table: a finding with the entry fields it is shown with. */
public record FindingRow(Severity severity, String rule, String key, String protocol, String target, String layer,
                         String owner, String status, String message, String evidence, String fingerprint,
                         String source) {

    static FindingRow of(Finding f) {
        FindingSubject s = f.subject();
        String target = s.target() == null ? "" : s.target() + (s.port() == null ? "" : ":" + s.port());
        return new FindingRow(f.severity(), f.rule(), s.key(), s.protocol(), target, s.layer(), s.owner(),
                f.status().id(), f.message(), f.evidence(), f.fingerprint(), s.sourceName() + " " + s.sourceRow());
    }
}
