package org.auditbench.rules.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.auditbench.model.Entry;
import org.auditbench.model.NewFinding;
import org.auditbench.workspace.EntryDao;
import org.auditbench.workspace.WorkspaceException;

/**
 * The per-entry pass of a scan: the calling thread streams entries from the workspace and writes findings,
 * worker threads evaluate the rules on batches of entries. Batches are written back in the order they were
 * read, so a scan's findings come out in the same order however many cores did the work.
 */
final class EntryPass {

    private static final int BATCH = 512;

    /** Where findings go, on the calling thread. */
    @FunctionalInterface
    interface FindingWriter {
        void write(NewFinding finding) throws WorkspaceException;
    }

    private final RuleEngine engine;
    private final String sourceName;
    private final ExecutorService workers;
    private final int maxInFlight;
    private final FindingWriter writer;
    private final NeighbourIndex index;
    private final ArrayDeque<Future<Result>> inFlight = new ArrayDeque<>();
    private final long snapshotId;
    private long[] batchIds = new long[BATCH];
    private String[] batchRows = new String[BATCH];
    private int batchSize;
    private long entries;

    EntryPass(RuleEngine engine, long snapshotId, String sourceName, ExecutorService workers, int maxInFlight,
              FindingWriter writer, NeighbourIndex index) {
        this.engine = engine;
        this.snapshotId = snapshotId;
        this.sourceName = sourceName;
        this.workers = workers;
        this.maxInFlight = maxInFlight;
        this.writer = writer;
        this.index = index;
    }

    /** What a worker hands back for one batch. */
    private record Result(List<NewFinding> findings, long[] ids, long[] identities, long[] lookups, long[] routes) {
    }

    /** Takes one entry as the workspace packed it; the workers unpack it. */
    void accept(long id, String packed) throws WorkspaceException {
        entries++;
        batchIds[batchSize] = id;
        batchRows[batchSize++] = packed;
        if (batchSize == BATCH) {
            submit();
        }
    }

    /** Waits for every batch and writes what is left; returns the number of entries seen. */
    long finish() throws WorkspaceException {
        if (batchSize > 0) {
            submit();
        }
        while (!inFlight.isEmpty()) {
            drainOne();
        }
        return entries;
    }

    private void submit() throws WorkspaceException {
        long[] ids = batchIds;
        String[] rows = batchRows;
        int size = batchSize;
        batchIds = new long[BATCH];
        batchRows = new String[BATCH];
        batchSize = 0;
        inFlight.add(workers.submit(() -> evaluate(ids, rows, size)));
        while (inFlight.size() > maxInFlight) {
            drainOne();
        }
    }

    private Result evaluate(long[] rowIds, String[] rows, int n) {
        List<NewFinding> findings = new ArrayList<>();
        long[] ids = new long[n];
        long[] identities = new long[n];
        long[] lookups = new long[n];
        long[] routes = new long[n];
        for (int i = 0; i < n; i++) {
            Entry e = EntryDao.unpack(rowIds[i], snapshotId, rows[i]);
            engine.evaluate(e, sourceName, findings::add);
            ids[i] = e.id();
            identities[i] = EntryKeys.identity(e);
            lookups[i] = EntryKeys.lookup(e);
            routes[i] = EntryKeys.route(e);
        }
        return new Result(findings, ids, identities, lookups, routes);
    }

    private void drainOne() throws WorkspaceException {
        Result result;
        try {
            result = inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException("the scan was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
        for (NewFinding finding : result.findings()) {
            writer.write(finding);
        }
        for (int i = 0; i < result.ids().length; i++) {
            index.add(result.ids()[i], result.identities()[i], result.lookups()[i], result.routes()[i]);
        }
    }

    /** Cancels batches still running after a failure. */
    void abandon() {
        for (Future<Result> future : inFlight) {
            future.cancel(true);
        }
        inFlight.clear();
    }
}
