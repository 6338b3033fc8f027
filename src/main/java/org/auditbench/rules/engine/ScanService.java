package org.auditbench.rules.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.auditbench.model.Entry;
import org.auditbench.model.NewFinding;
import org.auditbench.model.Severity;
import org.auditbench.model.Snapshot;
import org.auditbench.names.ReferenceData;
import org.auditbench.rules.catalog.RuleCatalog;
import org.auditbench.workspace.EntryReader;
import org.auditbench.workspace.OwnerTally;
import org.auditbench.workspace.PackedShapes;
import org.auditbench.workspace.ScanSpec;
import org.auditbench.workspace.ScanWriter;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * Scans the newest snapshot of every source with the rule catalogue and one policy, storing the scan
 * (policy text and hash, reference-data versions) and its findings in one transaction.
 *
 * <p>Each snapshot is scanned in two passes. The entry pass streams the entries once on a reader thread with
 * its own connection, evaluates the per-entry rules on worker threads, and writes findings in batches on this
 * thread; it also fills a compact index (a few longs per entry). The neighbour pass uses that index, and the identity
 * and route of every entry of the previous snapshot of the same source, to find the entries whose
 * neighbourhood differs, reads just those back and runs the cross-entry rules on them.
 */
public final class ScanService {

    /**
     * Candidates of the neighbour pass read into memory at a time: a snapshot that differs from the previous one in
     * half a million entries makes them all candidates, and reading them at once ran a 512 MB heap out of memory.
     */
    static final int NEIGHBOUR_CHUNK = 10_000;

    private final Workspace workspace;
    private final int workerCount;
    private final int neighbourChunk;

    /**
     * Rule-evaluating threads: one per core. The threads that read entries and write findings spend much of a
     * scan waiting for them (rules cost more than either), so they need no core of their own. The system property
     * {@code auditbench.scan.workers} overrides the number (benchmarks compare settings with it).
     */
    public ScanService(Workspace workspace) {
        this(workspace, Integer.getInteger("auditbench.scan.workers", Runtime.getRuntime().availableProcessors()));
    }

    /** @param workerCount threads evaluating rules besides the one reading and writing the workspace */
    public ScanService(Workspace workspace, int workerCount) {
        this(workspace, workerCount, NEIGHBOUR_CHUNK);
    }

    /** @param neighbourChunk candidates of the neighbour pass read at a time (tests use a few) */
    ScanService(Workspace workspace, int workerCount, int neighbourChunk) {
        this.workspace = workspace;
        this.workerCount = Math.max(1, workerCount);
        this.neighbourChunk = Math.max(1, neighbourChunk);
    }

    public ScanResult scan(PolicyDocument policy) throws WorkspaceException {
        List<Snapshot> snapshots = workspace.snapshots().latestPerSource();
        if (snapshots.isEmpty()) {
            throw new WorkspaceException(workspace.file() + " has no imported snapshots to scan; import a source first");
        }
        RuleEngine engine = new RuleEngine(RuleCatalog.all(), policy.policy());
        List<Long> ids = snapshots.stream().map(Snapshot::id).toList();
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        long entries = 0;
        ScanSpec spec = new ScanSpec(policy.origin(), policy.text(), policy.sha256(), ReferenceData.summary(), ids);
        ExecutorService pool = Executors.newFixedThreadPool(workerCount, runnable -> {
            Thread thread = new Thread(runnable, "auditbench-scan");
            thread.setDaemon(true);
            return thread;
        });
        try (ScanWriter writer = workspace.beginScan(spec)) {
            EntryPass.FindingWriter out = finding -> {
                writer.add(finding);
                counts.merge(finding.severity(), 1L, Long::sum);
            };
            OwnerTally owners = new OwnerTally();
            for (Snapshot snapshot : snapshots) {
                entries += scanSnapshot(snapshot, engine, pool, out, owners);
            }
            long total = writer.commit(owners);
            return new ScanResult(writer.scanId(), ids, entries, total, counts);
        } finally {
            pool.shutdownNow();
        }
    }

    private long scanSnapshot(Snapshot snapshot, RuleEngine engine, ExecutorService pool, EntryPass.FindingWriter out,
                              OwnerTally owners) throws WorkspaceException {
        NeighbourIndex index = new NeighbourIndex();
        PackedShapes shapes = workspace.entries().packedShapes(snapshot.id());
        EntryPass pass = new EntryPass(engine, snapshot.id(), shapes, snapshot.sourceName(), pool, workerCount * 4, out,
                index, owners);
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "auditbench-scan-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Void> reading = reader.submit(() -> {
                try (EntryReader entries = workspace.openEntryReader()) {
                    entries.<RuntimeException>forEachPacked(snapshot.id(), shapes, pass::accept);
                } finally {
                    pass.endOfInput();
                }
                return null;
            });
            pass.drain();
            Futures.await(reading);
        } catch (WorkspaceException | RuntimeException e) {
            pass.abandon();
            throw e;
        } finally {
            reader.shutdownNow();
        }
        if (engine.hasNeighbourRules()) {
            neighbourPass(snapshot, engine, index, out, owners);
        }
        return pass.entries();
    }

    private void neighbourPass(Snapshot snapshot, RuleEngine engine, NeighbourIndex index, EntryPass.FindingWriter out,
                               OwnerTally owners) throws WorkspaceException {
        Optional<Snapshot> previous = workspace.snapshots().previousOf(snapshot);
        if (previous.isPresent()) {
            index.previousExists();
            workspace.entries().forEachRoute(previous.get().id(), index::addPrevious);
        }
        NeighbourIndex.Candidates candidates = index.candidates();
        long[] ids = candidates.entryIds();
        for (int from = 0; from < ids.length; from += neighbourChunk) {
            judgeNeighbours(candidates.slice(from, Math.min(ids.length, from + neighbourChunk)), previous, engine,
                    snapshot, out, owners);
        }
    }

    /** Reads one part of the neighbour pass's candidates, their siblings and previous entries, and judges them. */
    private void judgeNeighbours(NeighbourIndex.Candidates candidates, Optional<Snapshot> previous, RuleEngine engine,
                                 Snapshot snapshot, EntryPass.FindingWriter out, OwnerTally owners)
            throws WorkspaceException {
        Map<Long, Entry> current = workspace.entries().byIds(candidates.currentIdsToRead());
        Map<Long, Entry> before = workspace.entries().byIds(candidates.previousIdsToRead());
        SnapshotNeighbourhood neighbourhood = new SnapshotNeighbourhood(candidates, current, before,
                previous.map(ScanService::describe).orElse(null), engine.context());
        for (long id : candidates.entryIds()) {
            Entry entry = current.get(id);
            if (entry != null) {
                List<NewFinding> findings = new java.util.ArrayList<>();
                engine.evaluateNeighbours(entry, snapshot.sourceName(), neighbourhood, findings::add);
                for (NewFinding finding : findings) {
                    out.write(finding);
                    owners.add(entry.owner(), finding.severity());
                }
            }
        }
    }

    /** How a finding names the snapshot it compares with: {@code snapshot 3 (2026Q3)}. */
    static String describe(Snapshot snapshot) {
        return "snapshot " + snapshot.id() + (snapshot.label() == null ? "" : " (" + snapshot.label() + ")");
    }
}
