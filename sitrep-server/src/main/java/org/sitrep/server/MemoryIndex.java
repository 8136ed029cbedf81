package org.sitrep.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.sitrep.store.MentionIndex;
import org.sitrep.store.StoreReader;

/**
 * The server's {@link MentionIndex} of a DuckDB file: read in the background after the server starts (until then,
 * and for what it does not cover, the API asks SQL), and refreshed in the background when the file changes (its
 * size or modification time, or its write-ahead log's: checked at most once a second, so another process's
 * ingest is seen within a second or two, as the 30 s answer cache allows), or at once after this server stored
 * an article. Not used for PostgreSQL (other writers, its own collation of ids).
 */
final class MemoryIndex implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MemoryIndex.class);
    private static final long CHECK_NANOS = 1_000_000_000L;

    private final StoreReader reader;
    private final Path file;
    private final Path wal;
    private final ExecutorService worker;
    private volatile MentionIndex index;
    /** The file's state when the index was last read from it. */
    private volatile long[] readAt;
    private volatile long lastCheck;
    private volatile Future<?> pending;

    private MemoryIndex(StoreReader reader, Path file) {
        this.reader = reader;
        this.file = file;
        this.wal = file == null ? null : file.resolveSibling(file.getFileName() + ".wal");
        this.worker = file == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sitrep-index");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    /** Starts reading the store into memory (a DuckDB file) in the background; for another store, none. */
    static MemoryIndex start(StoreReader reader) {
        MemoryIndex m = new MemoryIndex(reader, reader.location().file());
        if (m.worker != null) {
            m.pending = m.worker.submit(m::update);
        }
        return m;
    }

    /** The index to answer with, or null (not read yet, or not a DuckDB file); schedules a refresh when the file changed. */
    MentionIndex current() {
        MentionIndex i = index;
        if (i == null) {
            return null;
        }
        long now = System.nanoTime();
        if (now - lastCheck > CHECK_NANOS) {
            lastCheck = now;
            Future<?> p = pending;
            if ((p == null || p.isDone()) && !Arrays.equals(stamp(), readAt)) {
                pending = worker.submit(this::update);
            }
        }
        return i;
    }

    /** Brings the index up to date now (after this server stored an article); waits for it. */
    void refreshNow() {
        if (worker == null) {
            return;
        }
        try {
            worker.submit(this::update).get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("the in-memory index was not refreshed: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the first read is done (tests, the benchmark). */
    boolean awaitReady(long seconds) {
        Future<?> p = pending;
        if (p == null) {
            return false;
        }
        try {
            p.get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            return index != null;
        }
        return index != null;
    }

    private void update() {
        long[] before = stamp();
        long t0 = System.nanoTime();
        try {
            MentionIndex old = index;
            MentionIndex fresh = old == null ? MentionIndex.load(reader) : old.refresh(reader);
            index = fresh;
            readAt = before;
            if (old == null) {
                Runtime rt = Runtime.getRuntime();
                LOG.info("in memory: {} mentions read in {} s ({} MB of JSON and sentences mapped from a temporary file);"
                        + " heap in use {} MB of {} MB", fresh.size(), String.format("%.1f", (System.nanoTime() - t0) / 1e9),
                        fresh.payloadBytes()[0] >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            readAt = null; // the next check tries again; until a first read succeeds, SQL answers everything
            LOG.warn("the store was not read into memory ({}); SQL answers meanwhile", String.valueOf(e.getMessage()));
        }
    }

    /** Size and modification time of the file and of its write-ahead log. */
    private long[] stamp() {
        return new long[] {size(file), modified(file), size(wal), modified(wal)};
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}
