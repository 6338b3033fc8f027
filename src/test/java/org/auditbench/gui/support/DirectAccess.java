package org.auditbench.gui.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.auditbench.gui.session.WorkspaceAccess;
import org.auditbench.gui.session.WorkspaceJob;
import org.auditbench.gui.session.WorkspaceRead;
import org.auditbench.gui.tasks.BackgroundTasks.Failure;
import org.auditbench.gui.tasks.Job;
import org.auditbench.gui.tasks.Progress;
import org.auditbench.workspace.Workspace;

/**
 * Runs view-model reads and jobs synchronously on the calling thread, so view models are tested as
 * plain objects without a stage or an FX thread. Failures without a handler are collected.
 */
public final class DirectAccess implements WorkspaceAccess {

    private Path file;
    private final List<Failure> unhandled = new ArrayList<>();
    private final List<String> reads = new ArrayList<>();

    public DirectAccess(Path file) {
        this.file = file;
    }

    /** Points every later read and job at another file, as the window's session does. */
    public void switchTo(Path newFile) {
        this.file = newFile;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public <T> void read(String key, String what, WorkspaceRead<T> read, Consumer<T> onSuccess,
                         Consumer<Failure> onFailure) {
        reads.add(key);
        T value;
        try (Workspace workspace = Workspace.open(file)) {
            value = read.apply(workspace);
        } catch (Exception e) {
            fail(what, e, onFailure);
            return;
        }
        onSuccess.accept(value);
    }

    @Override
    public <T> Runnable job(String title, WorkspaceJob<T> job, Consumer<T> onSuccess, Consumer<Failure> onFailure) {
        T value;
        try (Workspace workspace = Workspace.open(file)) {
            value = job.run(workspace, Progress.NONE);
        } catch (Exception e) {
            fail(title, e, onFailure);
            return () -> { };
        }
        onSuccess.accept(value);
        return () -> { };
    }

    @Override
    public <T> Runnable task(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Failure> onFailure) {
        T value;
        try {
            value = job.run(Progress.NONE);
        } catch (Exception e) {
            fail(title, e, onFailure);
            return () -> { };
        }
        onSuccess.accept(value);
        return () -> { };
    }

    @Override
    public void onUiThread(Runnable update) {
        update.run();
    }

    private void fail(String what, Exception e, Consumer<Failure> onFailure) {
        Failure failure = new Failure(what, e);
        if (onFailure != null) {
            onFailure.accept(failure);
        } else {
            unhandled.add(failure);
        }
    }

    /** Failures no handler took, for tests to assert there were none. */
    public List<Failure> unhandled() {
        return unhandled;
    }

    /** The keys of the reads run so far, in order. */
    public List<String> reads() {
        return reads;
    }
}
