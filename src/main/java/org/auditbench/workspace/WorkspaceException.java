package org.auditbench.workspace;

/** The workspace file cannot be opened, read or written; the message says which file and why. */
public final class WorkspaceException extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
