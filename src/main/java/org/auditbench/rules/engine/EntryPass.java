package org.auditbench.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.auditbench.model.Entry;
import org.auditbench.model.NewFinding;
import org.auditbench.workspace.EntryDao;
import org.auditbench.workspace.OwnerTally;
import org.auditbench.workspace.PackedShapes;
import org.auditbench.workspace.WorkspaceException;

/**
 * The per-entry pass of a scan, on three kinds of thread: a reader thread streams packed entries from the
 * workspace ({@link #accept}, then {@link #endOfInput}), worker threads unpack them and evaluate the rules
 * on batches, and the calling thread writes the findings ({@link #drain}). Batches are written in the order
 * they were read, so a scan's findings come out in the same order however many cores did the work. At most
 * {@code maxInFlight} batches wait between reader and writer, which bounds memory.
 */
final class EntryPass {

    private static final int BATCH = 512;
    /** Put after the last batch: the reader is done, with or without an error. */
    private static final Future<Result> END = CompletableFuture.completedFuture(null);

    /** Where findings go, on the calling thread. */
    @FunctionalInterface
    interface FindingWriter {
        void write(NewFinding finding) throws WorkspaceException;
    }

    private final RuleEngine engine;
    private final String sourceName;
    private final ExecutorService workers;
    private final FindingWriter writer;
    private final NeighbourIndex index;
    private final OwnerTally owners;
    private final BlockingQueue<Future<Result>> inFlight;
    private final long snapshotId;
    private final PackedShapes shapes;
    private volatile boolean abandoned;
    private long[] batchIds = new long[BATCH];
    private byte[][] batchRows = new byte[BATCH][];
    private int batchSize;
    private long entries;

    /** @param owners where the findings are counted per owner and severity, on the calling thread */
    EntryPass(RuleEngine engine, long snapshotId, PackedShapes shapes, String sourceName, ExecutorService workers,
              int maxInFlight, FindingWriter writer, NeighbourIndex index, OwnerTally owners) {
        this.engine = engine;
        this.snapshotId = snapshotId;
        this.shapes = shapes;
        this.sourceName = sourceName;
        this.workers = workers;
        this.inFlight = new ArrayBlockingQueue<>(maxInFlight + 1);
        this.writer = writer;
        this.index = index;
        this.owners = owners;
    }

    /** What a worker hands back for one batch. */
    private record Result(List<NewFinding> findings, OwnerTally owners, long[] ids, long[] identities, long[] lookups,
                          long[] routes) {
    }

    /** Reader thread: takes one entry as the workspace packed it; the workers unpack it. */
    void accept(long id, byte[] packed) {
        entries++;
        batchIds[batchSize] = id;
        batchRows[batchSize++] = packed;
        if (batchSize == BATCH) {
            submit();
        }
    }

    /** Reader thread, always last (also after a failure): hands over what is left and marks the end. */
    void endOfInput() {
        try {
            if (batchSize > 0 && !abandoned) {
                submit();
            }
        } finally {
            put(END);
        }
    }

    /** Entries the reader has handed over; final once {@link #drain} has returned. */
    long entries() {
        return entries;
    }

    /** Calling thread: writes every batch's findings, in order, until the reader's end mark. */
    void drain() throws WorkspaceException {
        while (true) {
            Future<Result> next;
            try {
                next = inFlight.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WorkspaceException("the scan was interrupted", e);
            }
            if (next == END) {
                return;
            }
            write(Futures.await(next));
        }
    }

    private void submit() {
        long[] ids = batchIds;
        byte[][] rows = batchRows;
        int size = batchSize;
        batchIds = new long[BATCH];
        batchRows = new byte[BATCH][];
        batchSize = 0;
        put(workers.submit(() -> evaluate(ids, rows, size)));
    }

    /** Waits for room, giving up when the writer has abandoned the pass (it will read no more). */
    private void put(Future<Result> batch) {
        try {
            while (!inFlight.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (abandoned) {
                    batch.cancel(true);
                    throw new CancellationException("the scan was abandoned");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            batch.cancel(true);
            throw new CancellationException("the scan was interrupted");
        }
    }

    private Result evaluate(long[] rowIds, byte[][] rows, int n) {
        List<NewFinding> findings = new ArrayList<>();
        OwnerTally owners = new OwnerTally();
        long[] ids = new long[n];
        long[] identities = new long[n];
        long[] lookups = new long[n];
        long[] routes = new long[n];
        for (int i = 0; i < n; i++) {
            Entry e = shapes.loaded() ? shapes.unpack(rowIds[i], snapshotId, rows[i])
                    : EntryDao.unpack(rowIds[i], snapshotId, rows[i]);
            int before = findings.size();
            engine.evaluate(e, sourceName, findings::add);
            for (int k = before; k < findings.size(); k++) {
                owners.add(e.owner(), findings.get(k).severity());
            }
            ids[i] = e.id();
            identities[i] = EntryKeys.identity(e);
            lookups[i] = EntryKeys.lookup(e);
            routes[i] = EntryKeys.route(e);
        }
        return new Result(findings, owners, ids, identities, lookups, routes);
    }

    private void write(Result result) throws WorkspaceException {
        for (NewFinding finding : result.findings()) {
            writer.write(finding);
        }
        owners.addAll(result.owners());
        for (int i = 0; i < result.ids().length; i++) {
            index.add(result.ids()[i], result.identities()[i], result.lookups()[i], result.routes()[i]);
        }
    }

    /** Calling thread, after a failure: stops the reader and cancels batches still waiting. */
    void abandon() {
        abandoned = true;
        for (Future<Result> future : inFlight) {
            future.cancel(true);
        }
        inFlight.clear();
    }
}
