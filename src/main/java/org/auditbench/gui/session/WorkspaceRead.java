package org.auditbench.gui.session;

import org.auditbench.workspace.Workspace;

/** A query behind a view; runs off the FX thread with the session's open workspace. */
@FunctionalInterface
public interface WorkspaceRead<T> {
    T apply(Workspace workspace) throws Exception;
}
