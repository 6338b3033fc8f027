package org.auditbench.gui.tasks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The one way the workbench runs work off the FX thread. Two lanes: <em>reads</em> (queries behind the
 * views) run one at a time on a single thread, where a newer read with the same key supersedes an older
 * one; <em>jobs</em> (import, scan, open) run on their own threads with progress and cancellation and
 * are listed for the task view. Results and failures come back on the FX thread. Call only on the FX thread.
 */
public final class BackgroundTasks {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService reads = Executors.newSingleThreadExecutor(r -> thread(r, "auditbench-read"));
    private final ExecutorService jobs = Executors.newCachedThreadPool(r -> thread(r, "auditbench-job-"
            + THREADS.incrementAndGet()));
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ObservableList<Task<?>> runningJobs = FXCollections.observableArrayList();
    private final Map<String, Task<?>> latestRead = new HashMap<>();
    private final BooleanBinding busy = Bindings.isNotEmpty(running);
    private Consumer<Failure> failureReporter = failure -> { };

    /** A job or read that failed, with what it was doing. */
    public record Failure(String what, Throwable error) {
        /** The most useful one-line message of the error (the cause's, for wrapped errors). */
        public String message() {
            Throwable t = error;
            while (t.getCause() != null && (t.getMessage() == null || t instanceof RuntimeException)) {
                t = t.getCause();
            }
            return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        }
    }

    /** Where failures go that the caller did not handle itself (the window shows them). */
    public void setFailureReporter(Consumer<Failure> reporter) {
        this.failureReporter = reporter;
    }

    /**
     * Runs a long job (import, scan) on its own thread, listed in {@link #jobs()} while it runs.
     * {@code onFailure} may be null to let the failure reporter show it; cancellation is not a failure.
     */
    public <T> Task<T> job(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Failure> onFailure) {
        Task<T> task = task(title, job);
        track(task, title, onSuccess, onFailure, null);
        runningJobs.add(task);
        jobs.execute(task);
        return task;
    }

    /**
     * Runs a read behind a view on the read thread. A newer read with the same key cancels this one
     * (if it has not started) and discards its result (if it has).
     */
    public <T> Task<T> read(String key, String what, Job<T> read, Consumer<T> onSuccess, Consumer<Failure> onFailure) {
        Task<?> previous = latestRead.get(key);
        if (previous != null) {
            previous.cancel(false);
        }
        Task<T> task = task(what, read);
        latestRead.put(key, task);
        track(task, what, onSuccess, onFailure, key);
        reads.execute(task);
        return task;
    }

    /** Runs something on the read thread after the reads queued so far (e.g. closing a connection). */
    public void afterReads(Runnable action) {
        reads.execute(action);
    }

    /** Every job and read in flight. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    /** The long jobs in flight, for the task progress view. */
    public ObservableList<Task<?>> jobs() {
        return runningJobs;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    public boolean isBusy() {
        return busy.get();
    }

    /**
     * Stops accepting work; the window calls this when it closes. Queued reads (among them closing the
     * read connection) get a moment to finish, so the workspace file is left tidy; jobs are interrupted,
     * which rolls back their transactions.
     */
    public void shutdown() {
        jobs.shutdownNow();
        reads.shutdown();
        try {
            if (!reads.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS)) {
                reads.shutdownNow();
            }
        } catch (InterruptedException e) {
            reads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private <T> void track(Task<T> task, String what, Consumer<T> onSuccess, Consumer<Failure> onFailure, String key) {
        running.add(task);
        task.setOnSucceeded(e -> {
            finish(task, key);
            if (key == null || latestRead.get(key) == task || !latestRead.containsKey(key)) {
                if (key != null) {
                    latestRead.remove(key);
                }
                if (onSuccess != null) {
                    onSuccess.accept(task.getValue());
                }
            }
        });
        task.setOnFailed(e -> {
            finish(task, key);
            if (key != null && latestRead.get(key) != task) {
                return; // superseded: nobody waits for this answer any more
            }
            if (key != null) {
                latestRead.remove(key);
            }
            Failure failure = new Failure(what, task.getException());
            if (onFailure != null) {
                onFailure.accept(failure);
            } else {
                failureReporter.accept(failure);
            }
        });
        task.setOnCancelled(e -> finish(task, key));
    }

    private void finish(Task<?> task, String key) {
        running.remove(task);
        runningJobs.remove(task);
        if (key != null && latestRead.get(key) == task && task.isCancelled()) {
            latestRead.remove(key);
        }
    }

    private static <T> Task<T> task(String title, Job<T> job) {
        return new JobTask<>(title, job);
    }

    /** A {@link Task} titled at creation that hands the job a {@link Progress} backed by the task. */
    private static final class JobTask<T> extends Task<T> {
        private final Job<T> job;

        JobTask(String title, Job<T> job) {
            this.job = job;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return job.run(new Progress() {
                @Override
                public void update(long done, long total) {
                    updateProgress(done, total);
                }

                @Override
                public void message(String text) {
                    updateMessage(text);
                }

                @Override
                public boolean cancelled() {
                    return isCancelled();
                }
            });
        }
    }

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
