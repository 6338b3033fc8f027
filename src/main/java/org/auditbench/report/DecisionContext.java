package org.auditbench.report;

import java.util.Optional;

/** What the workspace knows that decides whether a returned row may be applied. */
public interface DecisionContext {

    /** The standing decision on a finding the workspace's latest scan raised; empty for an unknown fingerprint. */
    Optional<CurrentDecision> current(String fingerprint) throws ReportException;

    /** The sign-off of the period, if it has one: after it, the period's decisions are frozen. */
    Optional<SignoffInfo> signoff(String period) throws ReportException;
}
