package org.auditbench.gui.tasks;

/** How a background job reports how far it has got and learns that the user cancelled it. */
public interface Progress {

    /** A progress that goes nowhere, for jobs run outside the window (tests, the command line). */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code total} below zero means "unknown": the bar runs indeterminate. */
    void update(long done, long total);

    void message(String text);

    boolean cancelled();
}
