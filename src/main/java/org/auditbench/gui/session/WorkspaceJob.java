package org.auditbench.gui.session;

import org.auditbench.gui.tasks.Progress;
import org.auditbench.workspace.Workspace;

/** A long job (import, scan) on its own connection to the session's workspace file. */
@FunctionalInterface
public interface WorkspaceJob<T> {
    T run(Workspace workspace, Progress progress) throws Exception;
}
