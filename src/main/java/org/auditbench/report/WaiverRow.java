package org.auditbench.report;

import java.time.Instant;
import java.time.LocalDate;
import org.auditbench.model.TriageStatus;

/**
 * A waiver (accepted risk or false positive) as the Waivers sheet lists it.
 *
 * @param subject the entry key the waived finding was about
 */
public record WaiverRow(State state, String fingerprint, String rule, String subject, TriageStatus status,
                        String reason, String decidedBy, Instant decidedAt, LocalDate expires) {

    public enum State {
        ACTIVE("Active"), EXPIRED("Expired"), ORPHANED("Orphaned (finding no longer raised)");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
