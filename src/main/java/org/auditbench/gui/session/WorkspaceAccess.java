package org.auditbench.gui.session;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.auditbench.gui.tasks.BackgroundTasks.Failure;
import org.auditbench.gui.tasks.Job;

/**
 * How view models reach the open workspace without blocking the window: reads run on the read thread
 * and answer on the FX thread; jobs run on their own thread with their own connection. View models
 * depend on this interface only, so their tests run the same calls synchronously.
 */
public interface WorkspaceAccess {

    /** The open workspace file, or null before one is open. */
    Path file();

    /**
     * Runs a read; a newer read with the same {@code key} supersedes it. {@code onFailure} may be null
     * to let the window report the failure.
     */
    <T> void read(String key, String what, WorkspaceRead<T> read, Consumer<T> onSuccess, Consumer<Failure> onFailure);

    /** Runs a long job with progress and cancellation on a connection of its own; returns how to cancel it. */
    <T> Runnable job(String title, WorkspaceJob<T> job, Consumer<T> onSuccess, Consumer<Failure> onFailure);

    /** Runs file work that needs no workspace (reading ahead in a file to import) off the FX thread. */
    <T> Runnable task(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Failure> onFailure);

    /** Runs {@code update} on the FX thread (progress from inside a job). */
    void onUiThread(Runnable update);
}
