package org.auditbench.importer;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads and maps records on a background thread while the caller writes them: parsing and mapping run
 * beside the SQLite inserts instead of before them. Rows arrive in batches, in source order; at most
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

    MappingPipeline(RecordReader reader, EntryMapper mapper, String sourceName) {
        this.sourceName = sourceName;
        this.thread = new Thread(() -> produce(reader, mapper), "auditbench-import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next batch of mapped rows, or null after the last; rethrows what stopped the reader. */
    MappedRow[] next() throws ImportException {
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
        return (MappedRow[]) item;
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

    private void produce(RecordReader reader, EntryMapper mapper) {
        try {
            MappedRow[] batch = new MappedRow[BATCH];
            int size = 0;
            for (SourceRecord record; !stopped && (record = reader.next()) != null; ) {
                batch[size++] = mapper.map(record, reader);
                if (size == BATCH) {
                    put(batch);
                    batch = new MappedRow[BATCH];
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
