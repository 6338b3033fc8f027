package org.auditbench.triage;

import org.auditbench.workspace.AuditLog;

/** Checks the names of people who decide, open reviews and sign off, and the free text they give. */
final class Actors {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 4_000;

    private Actors() {
    }

    /** A person's name: not blank, not the system's, no control characters. Returns it trimmed. */
    static String person(String name, String what) throws TriageException {
        if (name == null || name.isBlank()) {
            throw new TriageException(what + " must name a person");
        }
        String trimmed = name.strip();
        if (trimmed.equalsIgnoreCase(AuditLog.SYSTEM)) {
            throw new TriageException("'" + AuditLog.SYSTEM + "' is reserved for automatic changes (lapsed waivers,"
                    + " findings fixed by a scan); " + what + " must name a person");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new TriageException(what + " is longer than " + MAX_NAME + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new TriageException(what + " contains control characters");
        }
        return trimmed;
    }

    /** Optional free text: null when blank, trimmed, at most {@link #MAX_TEXT} characters. */
    static String text(String value, String what) throws TriageException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TEXT) {
            throw new TriageException(what + " is longer than " + MAX_TEXT + " characters");
        }
        return trimmed;
    }

    /** Required free text. */
    static String requiredText(String value, String what) throws TriageException {
        String text = text(value, what);
        if (text == null) {
            throw new TriageException(what + " must not be empty");
        }
        return text;
    }
}
