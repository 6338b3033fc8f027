package org.auditbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;
import picocli.CommandLine.Option;

/** The {@code --workspace FILE} every command takes. */
final class WorkspaceOption {

    @Option(names = {"-w", "--workspace"}, paramLabel = "FILE", defaultValue = "${env:AUDITBENCH_WORKSPACE:-auditbench.db}",
            description = "The workspace file (default: $AUDITBENCH_WORKSPACE or ${DEFAULT-VALUE}).")
    Path file;

    /** Opens an existing workspace; refuses to create one (reading commands must not leave files behind). */
    Workspace openExisting() throws WorkspaceException {
        if (!Files.exists(file)) {
            throw new WorkspaceException("workspace " + file + " does not exist; create it by importing a source:"
                    + " auditbench import FILE --workspace " + file);
        }
        return Workspace.open(file);
    }

    /**
     * Opens the workspace, creating it if needed, and runs {@code work}. When the file did not exist and
     * the work fails, the new file is removed again so a failed command leaves nothing behind.
     */
    <T> T withWorkspace(WorkspaceWork<T> work) throws Exception {
        Path path = file.toAbsolutePath();
        boolean existed = Files.exists(path);
        try {
            try (Workspace workspace = Workspace.open(path)) {
                return work.run(workspace);
            }
        } catch (Exception e) {
            if (!existed) {
                for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                    Files.deleteIfExists(Path.of(path + suffix));
                }
            }
            throw e;
        }
    }

    /** Work done with an open workspace. */
    @FunctionalInterface
    interface WorkspaceWork<T> {
        T run(Workspace workspace) throws Exception;
    }
}
