package org.auditbench.report;

import java.util.List;
import java.util.Optional;

/**
 * A workspace with no triage records: every finding is open, there are no waivers, nothing is signed
 * off and no decisions were made (their hash is the SHA-256 of nothing).
 */
public final class UntriagedView implements TriageView {

    public static final String EMPTY_SHA256 = FindingsDigest.sha256(new byte[0]);

    @Override
    public Optional<CurrentDecision> decision(String fingerprint) {
        return Optional.empty();
    }

    @Override
    public List<WaiverRow> waivers(String period) {
        return List.of();
    }

    @Override
    public Optional<SignoffInfo> signoff(String period) {
        return Optional.empty();
    }

    @Override
    public ReviewStats statistics(String period) {
        return ReviewStats.NONE;
    }

    @Override
    public String decisionsSha256(String period) {
        return EMPTY_SHA256;
    }
}
