package org.auditbench.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.model.Finding;
import org.auditbench.workspace.FindingQuery;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The neighbour pass reads its candidates a part at a time, so a snapshot that differs from the previous one in
 * most of its entries stays within the heap; judged in parts of three, the demo gives exactly the findings it gives
 * judged at once, in the same order.
 */
class NeighbourChunkTest {

    @TempDir
    Path dir;

    @Test
    void findingsAreTheSameWhateverThePartSize() throws Exception {
        Path whole = dir.resolve("whole.db");
        DemoWorkspace.build(whole);
        Path parts = dir.resolve("parts.db");
        Files.copy(whole, parts);

        List<String> atOnce = rescan(whole, Integer.MAX_VALUE);
        List<String> inParts = rescan(parts, 3);

        assertThat(atOnce).anyMatch(f -> f.startsWith("conflicting-layers")).anyMatch(f -> f.startsWith("new-entry"))
                .anyMatch(f -> f.startsWith("routing-changed"));
        assertThat(inParts).isEqualTo(atOnce);
    }

    /** A new scan with the demo policy, its findings as rule, fingerprint, entry and message, in order. */
    private static List<String> rescan(Path file, int chunk) throws Exception {
        try (Workspace ws = Workspace.open(file)) {
            ScanResult scan = new ScanService(ws, 2, chunk).scan(DemoWorkspace.policy());
            List<String> out = new ArrayList<>();
            ws.findings().<RuntimeException>forEach(scan.scanId(), FindingQuery.ALL, (Finding f) -> out.add(f.rule()
                    + " " + f.fingerprint() + " " + f.entryId() + " " + f.message()));
            return out;
        }
    }
}
