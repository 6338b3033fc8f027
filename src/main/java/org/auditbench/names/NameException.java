package org.auditbench.names;

/** A value that cannot be read as a domain, address or host; the message says what is wrong with it. */
public final class NameException extends Exception {
    private static final long serialVersionUID = 1L;

    public NameException(String message) {
        super(message);
    }
}
