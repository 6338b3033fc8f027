package org.auditbench.gui.session;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.auditbench.gui.tasks.BackgroundTasks;
import org.auditbench.gui.tasks.BackgroundTasks.Failure;
import org.auditbench.gui.tasks.Job;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * The window's {@link WorkspaceAccess}: one workspace connection for reads, confined to the read
 * thread (a workspace is used by one thread at a time), opened on first use and closed when another
 * workspace is opened. Jobs open a connection of their own; SQLite's WAL lets both run at once.
 */
public final class SessionAccess implements WorkspaceAccess {

    private final BackgroundTasks tasks;
    private volatile Path file;
    /** Touched only on the read thread. */
    private Workspace reader;
    private Path readerFile;

    public SessionAccess(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    /** Switches to another workspace file; reads already queued for the old one are superseded. */
    public void switchTo(Path newFile) {
        this.file = newFile;
        tasks.afterReads(this::closeReaderUnlessCurrent);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public <T> void read(String key, String what, WorkspaceRead<T> read, Consumer<T> onSuccess,
                         Consumer<Failure> onFailure) {
        Path target = file;
        tasks.read(key, what, progress -> read.apply(reader(target)), onSuccess, onFailure);
    }

    @Override
    public <T> Runnable job(String title, WorkspaceJob<T> job, Consumer<T> onSuccess, Consumer<Failure> onFailure) {
        Path target = file;
        javafx.concurrent.Task<T> task = tasks.job(title, progress -> {
            try (Workspace workspace = Workspace.open(target)) {
                return job.run(workspace, progress);
            }
        }, onSuccess, onFailure);
        return () -> task.cancel(true);
    }

    @Override
    public <T> Runnable task(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Failure> onFailure) {
        javafx.concurrent.Task<T> task = tasks.job(title, job, onSuccess, onFailure);
        return () -> task.cancel(true);
    }

    @Override
    public void onUiThread(Runnable update) {
        javafx.application.Platform.runLater(update);
    }

    /** Closes the read connection; call when the window closes. */
    public void close() {
        file = null;
        tasks.afterReads(this::closeReaderUnlessCurrent);
    }

    private Workspace reader(Path target) throws WorkspaceException {
        if (target == null) {
            throw new WorkspaceException("no workspace is open");
        }
        if (reader != null && !target.equals(readerFile)) {
            closeReader();
        }
        if (reader == null) {
            reader = Workspace.open(target);
            readerFile = target;
        }
        return reader;
    }

    private void closeReaderUnlessCurrent() {
        if (reader != null && !readerFile.equals(file)) {
            closeReader();
        }
    }

    private void closeReader() {
        try {
            reader.close();
        } catch (WorkspaceException ignored) {
            // a read-only connection that fails to close holds nothing we could lose
        } finally {
            reader = null;
            readerFile = null;
        }
    }
}
