package org.auditbench.gui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The one background-task abstraction: results on the FX thread, cancellation, supersession, failures. */
class BackgroundTasksTest {

    private BackgroundTasks tasks;
    private final List<BackgroundTasks.Failure> reported = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void create() throws Exception {
        tasks = WaitForAsyncUtils.asyncFx(BackgroundTasks::new).get(5, TimeUnit.SECONDS);
        tasks.setFailureReporter(reported::add);
    }

    @AfterEach
    void shutdown() {
        tasks.shutdown();
    }

    @Test
    void aLongJobLeavesTheFxThreadResponsiveAndReportsProgress() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> result = new AtomicReference<>();
        AtomicReference<Boolean> onFx = new AtomicReference<>();
        Task<?> job = WaitForAsyncUtils.asyncFx(() -> tasks.job("Long job", p -> {
            p.update(1, 4);
            p.message("working");
            release.await(10, TimeUnit.SECONDS);
            return "done";
        }, value -> {
            onFx.set(Platform.isFxApplicationThread());
            result.set(value);
        }, null)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(job::getProgress) == 0.25);
        // while the job blocks its thread, the FX thread still answers at once
        long start = System.nanoTime();
        assertThat(WaitForAsyncUtils.asyncFx(() -> tasks.jobs().size()).get(1, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1000);
        assertThat(fx(tasks::isBusy)).isTrue();
        assertThat(fx(job::getMessage)).isEqualTo("working");
        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "done".equals(result.get()));
        assertThat(onFx.get()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.jobs()).isEmpty();
        assertThat(fx(tasks::isBusy)).isFalse();
    }

    @Test
    void cancellingAJobIsNotAFailure() throws Exception {
        AtomicReference<Boolean> sawCancel = new AtomicReference<>(false);
        Task<?> job = WaitForAsyncUtils.asyncFx(() -> tasks.job("Cancellable", p -> {
            while (!p.cancelled()) {
                Thread.sleep(10);
            }
            sawCancel.set(true);
            return null;
        }, v -> { }, null)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(job::isRunning));
        WaitForAsyncUtils.asyncFx(() -> job.cancel(false)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, sawCancel::get);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.jobs()).isEmpty();
        assertThat(reported).isEmpty();
    }

    @Test
    void aNewerReadWithTheSameKeySupersedesTheOlderOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> delivered = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            tasks.read("key", "old", p -> {
                release.await(5, TimeUnit.SECONDS);
                return "old";
            }, delivered::add, null);
            tasks.read("key", "new", p -> "new", delivered::add, null);
            tasks.read("other", "other", p -> "other", delivered::add, null);
        }).get(5, TimeUnit.SECONDS);
        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> delivered.size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(delivered).containsExactly("new", "other");
    }

    @Test
    void failuresGoToTheirHandlerOrToTheReporter() throws Exception {
        List<String> handled = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            tasks.read("a", "Reading A", p -> {
                throw new IllegalStateException("wrapper", new java.io.IOException("disk on fire"));
            }, v -> { }, f -> handled.add(f.message()));
            tasks.job("Job B", p -> {
                throw new java.io.IOException("no such file");
            }, v -> { }, null);
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> handled.size() == 1 && reported.size() == 1);
        assertThat(handled).containsExactly("disk on fire");
        assertThat(reported.get(0).what()).isEqualTo("Job B");
        assertThat(reported.get(0).message()).isEqualTo("no such file");
    }

    /** Reads task state on the FX thread, where a Task must be read. */
    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
