package org.auditbench.triage;

/**
 * A triage, review or sign-off request that was refused: bad input, an unknown fingerprint, a review that
 * is signed off. The message says what and why; nothing was written.
 */
public final class TriageException extends Exception {
    private static final long serialVersionUID = 1L;

    public TriageException(String message) {
        super(message);
    }
}
