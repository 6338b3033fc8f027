package org.auditbench.triage;

import java.util.Optional;
import org.auditbench.model.Review;
import org.auditbench.model.SignOff;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Decides whether people may record decisions now: while a review is open they belong to it; before the
 * first review they wait for it; after a sign-off the workspace is read-only until a new review is opened.
 */
final class ReviewGate {

    private ReviewGate() {
    }

    /** The open review decisions belong to, empty before the first review; refuses after a sign-off. */
    static Optional<Review> requireOpenForDecisions(Workspace ws) throws TriageException, WorkspaceException {
        Optional<Review> open = ws.reviews().open();
        if (open.isPresent()) {
            return open;
        }
        Optional<Review> latest = ws.reviews().latest();
        if (latest.isPresent()) {
            Review review = latest.get();
            SignOff s = review.signOff();
            throw new TriageException("review " + review.period() + " was signed off by " + s.reviewer()
                    + (s.role() == null ? "" : " (" + s.role() + ")") + " on " + s.signedAt()
                    + " and is read-only; open a new review before recording further decisions"
                    + " (auditbench review open PERIOD)");
        }
        return Optional.empty();
    }
}
