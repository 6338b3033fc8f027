package org.auditbench.workspace;

import org.auditbench.model.Finding;
import org.auditbench.model.FindingTriage;

/**
 * A finding as the workbench lists it: the finding (its status the one in force today) with its triage —
 * who decided last, the comment, the waiver and when it lapses.
 */
public record TriagedFinding(Finding finding, FindingTriage triage) {
}
