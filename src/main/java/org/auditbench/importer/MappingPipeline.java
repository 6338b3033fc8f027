package org.auditbench.importer;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.auditbench.model.Reject;
import org.auditbench.workspace.EncodedEntry;
import org.auditbench.workspace.EntryEncoder;

/**
 * Reads, maps and encodes records on a background thread while the caller writes them: parsing, mapping and the
 * encoding into stored texts ({@link EntryEncoder}) run beside the SQLite inserts instead of before them, so the
 * writing thread, an import's critical path, only binds. Rows arrive in batches, in source order, each an
 * {@link EncodedEntry} or a {@link Reject}; at most
 * {@value #QUEUED_BATCHES} batches wait, so memory stays bounded whatever the source's size. A failure on
 * the reading side reaches the caller as the same {@link ImportException}.
 */
final class MappingPipeline implements AutoCloseable {

    static final int BATCH = 512;
    private static final int QUEUED_BATCHES = 8;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread thread;
    private final String sourceName;
    private volatile boolean stopped;
    private boolean ended;

    MappingPipeline(RecordReader reader, EntryMapper mapper, EntryEncoder encoder, String sourceName) {
        this.sourceName = sourceName;
        this.thread = new Thread(() -> produce(reader, mapper, encoder), "auditbench-import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next batch of rows (an {@link EncodedEntry} or a {@link Reject} each), or null after the last. */
    Object[] next() throws ImportException {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(sourceName + ": import interrupted; nothing was written", e);
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof Failure failure) {
            ended = true;
            throw failure.asImportException(sourceName);
        }
        return (Object[]) item;
    }

    /** Stops the reading thread (if still running) and waits for it, so the reader can be closed safely. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void produce(RecordReader reader, EntryMapper mapper, EntryEncoder encoder) {
        try {
            Object[] batch = new Object[BATCH];
            int size = 0;
            for (SourceRecord record; !stopped && (record = reader.next()) != null; ) {
                MappedRow row = mapper.map(record, reader);
                batch[size++] = row.isRejected() ? row.reject() : encoder.encode(row.entry());
                if (size == BATCH) {
                    put(batch);
                    batch = new Object[BATCH];
                    size = 0;
                }
            }
            if (size > 0) {
                put(java.util.Arrays.copyOf(batch, size));
            }
            put(END);
        } catch (InterruptedException e) {
            // close() asked us to stop; nobody is listening any more
        } catch (ImportException | RuntimeException | Error e) {
            try {
                put(new Failure(e));
            } catch (InterruptedException ignored) {
                // the consumer has gone away already
            }
        }
    }

    private void put(Object item) throws InterruptedException {
        if (!stopped) {
            queue.put(item);
        }
    }

    /** What stopped the reading thread. */
    private record Failure(Throwable cause) {
        ImportException asImportException(String sourceName) {
            if (cause instanceof ImportException e) {
                return new ImportException(e.getMessage(), e);
            }
            return new ImportException(sourceName + ": reading failed unexpectedly (" + cause.getClass().getSimpleName()
                    + ": " + cause.getMessage() + "); nothing was written", cause);
        }
    }
}
