package org.auditbench.gui.tasks;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where a dialog's one background command stands: the form, the command running, or done with its result. A
 * failure or a cancel goes back to the form with the reason, so the user can correct the form and run again.
 * The export and sign-off dialogs page by it, so both behave alike: one run at a time, and a new run forgets
 * the last one's error and result.
 *
 * @param <R> what the command produces
 */
public final class DialogCommand<R> {

    /** The dialog's pages. */
    public enum Step { FORM, RUNNING, DONE }

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FORM);
    private final ReadOnlyObjectWrapper<R> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private Consumer<R> onFinished = r -> { };

    public boolean running() {
        return step.get() == Step.RUNNING;
    }

    public void started() {
        step.set(Step.RUNNING);
        error.set(null);
        result.set(null);
    }

    /** Shows the result, then tells the window, which may re-read the workspace the command changed. */
    public void finished(R value) {
        result.set(value);
        step.set(Step.DONE);
        onFinished.accept(value);
    }

    /** Back to the form with why the command did not finish: the core's message, or that it was cancelled. */
    public void stopped(String reason) {
        error.set(reason);
        step.set(Step.FORM);
    }

    public void setOnFinished(Consumer<R> handler) {
        this.onFinished = handler;
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<R> result() {
        return result.getReadOnlyProperty();
    }

    /** Why the last run did not finish, or null. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }
}
