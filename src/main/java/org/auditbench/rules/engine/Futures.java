package org.auditbench.rules.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.auditbench.workspace.WorkspaceException;

/** Waiting for a scan's background work, with its failure rethrown as it was thrown. */
final class Futures {

    private Futures() {
    }

    /**
     * The value of {@code work}; a {@link WorkspaceException}, runtime exception or error thrown by it is
     * rethrown unwrapped, so a scan reports what went wrong, not that a thread failed.
     */
    static <T> T await(Future<T> work) throws WorkspaceException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException("the scan was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof WorkspaceException workspaceError) {
                throw workspaceError;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
