package org.auditbench.cli;

/** Turns any failure into the one line the user sees on stderr. */
final class Errors {

    private Errors() {
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName() + (e.getCause() != null ? ": " + oneLine(e.getCause()) : "");
        } else if (e instanceof RuntimeException && !(e instanceof IllegalArgumentException)) {
            message = "internal error (" + e.getClass().getSimpleName() + "): " + message;
        }
        return message.replace('\n', ' ').replace('\r', ' ');
    }
}
