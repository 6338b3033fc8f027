package org.auditbench.gui.tasks;

/** Work that runs off the FX thread; it may report progress and should stop when cancelled. */
@FunctionalInterface
public interface Job<T> {
    T run(Progress progress) throws Exception;
}
