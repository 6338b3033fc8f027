package org.auditbench.gui.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.gui.session.WorkspaceState;
import org.auditbench.workspace.Workspace;

/** The demo workspace (two quarters, scanned with the demo policy), built once per test JVM. */
public final class DemoFixture {

    /** A fixed "today" so review dates and quarters do not depend on when the tests run. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-15T10:00:00Z"), ZoneOffset.UTC);

    private static Path built;

    private DemoFixture() {
    }

    /** A fresh copy of the demo workspace in {@code dir}, so a test may write to it. */
    public static synchronized Path copyInto(Path dir) throws Exception {
        if (built == null) {
            Path base = Files.createTempDirectory("auditbench-demo");
            built = base.resolve("demo.db");
            DemoWorkspace.build(built);
            built.toFile().deleteOnExit();
            base.toFile().deleteOnExit();
        }
        Path copy = dir.resolve("demo-" + System.nanoTime() + ".db");
        Files.copy(built, copy);
        return copy;
    }

    public static WorkspaceState state(Path file) throws Exception {
        try (Workspace workspace = Workspace.open(file)) {
            return WorkspaceState.load(workspace, false, CLOCK);
        }
    }
}
