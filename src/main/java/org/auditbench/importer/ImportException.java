package org.auditbench.importer;

/**
 * A problem that stops an import as a whole (unreadable file, broken quoting, wrong password).
 * The message names the source and, where known, the line or record; nothing is written.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
