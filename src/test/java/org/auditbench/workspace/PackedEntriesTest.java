package org.auditbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.model.Entry;
import org.auditbench.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packed read the scan uses gives exactly the entries the column-by-column read gives. */
class PackedEntriesTest {

    @Test
    void packedRowsUnpackToTheSameEntries(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("demo.db");
        DemoWorkspace.build(file);
        try (Workspace ws = Workspace.open(file)) {
            for (Snapshot snapshot : ws.snapshots().all()) {
                List<Entry> plain = new ArrayList<>();
                ws.entries().<RuntimeException>forEach(snapshot.id(), plain::add);
                List<Entry> packed = new ArrayList<>();
                ws.entries().<RuntimeException>forEachPacked(snapshot.id(),
                        (id, row) -> packed.add(EntryDao.unpack(id, snapshot.id(), row)));
                assertThat(packed).hasSize(plain.size()).isNotEmpty().containsExactlyElementsOf(plain);
            }
        }
    }
}
