package org.auditbench.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.auditbench.model.Entry;
import org.auditbench.model.Reject;
import org.auditbench.model.Snapshot;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Imports into a fresh workspace and reads back what landed, for importer tests: entries rendered as
 * one stable line each (for golden files), rejects, and proof that a failed import wrote nothing.
 */
public final class ImportHarness implements AutoCloseable {

    /** Set -Dgolden.update=true to rewrite the expected files from the current output (then review the diff). */
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path GOLDEN = Path.of("src/test/resources/org/auditbench/importer/golden");

    public final Workspace workspace;
    public ImportResult result;

    public ImportHarness(Path folder) throws WorkspaceException {
        this.workspace = Workspace.open(folder.resolve("test.db"));
    }

    public ImportResult run(Path input, ImportOptions options) throws ImportException, WorkspaceException {
        result = new ImportService(workspace).run(ImportInput.of(input), options, ImportListener.NONE);
        return result;
    }

    public ImportResult run(Importer importer, ImportInput input, ImportOptions options)
            throws ImportException, WorkspaceException {
        result = new ImportService(workspace).run(importer, input, options, ImportListener.NONE);
        return result;
    }

    public ImportResult run(Path input) throws ImportException, WorkspaceException {
        return run(input, ImportOptions.defaults());
    }

    public List<Entry> entries() throws WorkspaceException {
        List<Entry> out = new ArrayList<>();
        workspace.entries().forEach(result.snapshotId(), out::add);
        return out;
    }

    public List<Reject> rejects() throws WorkspaceException {
        return workspace.snapshots().rejects(result.snapshotId(), 10_000);
    }

    /** Fails unless importing {@code input} throws an error containing every one of {@code fragments} and writes nothing. */
    public String assertFailsWritingNothing(Path input, ImportOptions options, String... fragments) throws Exception {
        return assertFailsWritingNothing(null, ImportInput.of(input), options, fragments);
    }

    /** As above with a given importer (null: detect the format). */
    public String assertFailsWritingNothing(Importer importer, ImportInput input, ImportOptions options,
                                            String... fragments) throws Exception {
        List<Snapshot> before = workspace.snapshots().all();
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> {
            if (importer == null) {
                new ImportService(workspace).run(input, options, ImportListener.NONE);
            } else {
                new ImportService(workspace).run(importer, input, options, ImportListener.NONE);
            }
        })
                .isInstanceOf(ImportException.class)
                .satisfies(e -> thrown[0] = e)
                .message().contains(fragments);
        assertThat(workspace.snapshots().all()).isEqualTo(before);
        assertThat(countEntries()).isEqualTo(entriesOf(before));
        return thrown[0].getMessage();
    }

    private long entriesOf(List<Snapshot> snapshots) {
        return snapshots.stream().mapToLong(Snapshot::importedCount).sum();
    }

    private long countEntries() throws WorkspaceException {
        long total = 0;
        for (Snapshot s : workspace.snapshots().all()) {
            total += workspace.entries().count(s.id());
        }
        return total;
    }

    /** One entry as a stable line: every canonical field, extra sorted by key, and where it came from. */
    public static String render(Entry e) {
        Map<String, String> extra = new TreeMap<>(e.extra());
        return String.join(" | ", e.sourceRow(), e.domain(), e.keyKind().id(), s(e.address()), s(e.protocol()),
                s(e.target()), e.targetKind().id(), s(e.port()), s(e.encryption()), s(e.username()), s(e.owner()),
                s(e.justification()), s(e.created()), s(e.expires()), s(e.reviewed()), s(e.environment()), s(e.layer()),
                extra.toString(), s(e.targetRaw()));
    }

    private static String s(Object o) {
        return o == null ? "-" : o.toString();
    }

    /** Compares the rendered entries (and rejects) with {@code golden/NAME.expected}. */
    public void assertGolden(String name) throws IOException, WorkspaceException {
        StringBuilder actual = new StringBuilder();
        for (Entry e : entries()) {
            actual.append(render(e)).append('\n');
        }
        for (Reject r : rejects()) {
            actual.append("REJECT ").append(r.locator()).append(" | ").append(r.reason()).append(" | ")
                    .append(r.raw().replace("\n", "\\n")).append('\n');
        }
        Path expected = GOLDEN.resolve(name + ".expected");
        if (UPDATE || !Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            if (!UPDATE) {
                throw new AssertionError("golden file " + expected + " did not exist; written now, review it");
            }
        }
        assertThat(actual.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    public static Path golden(String file) {
        return GOLDEN.resolve(file);
    }

    @Override
    public void close() throws WorkspaceException {
        workspace.close();
    }
}
