package org.auditbench.triage;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * For tests of {@link TriageService} itself: each test gets its own {@link TriageFixture#scanned} workspace and
 * a service on it, so decisions made by one test never show in another.
 */
abstract class ScannedTriageTestBase {

    @TempDir
    Path dir;
    TriageFixture fx;
    TriageService triage;

    @BeforeEach
    void openScannedWorkspace() throws Exception {
        fx = TriageFixture.scanned(dir);
        triage = new TriageService(fx.ws);
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        fx.close();
    }
}
