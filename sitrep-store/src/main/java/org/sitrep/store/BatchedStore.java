package org.sitrep.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sitrep.dedup.MergeRule;
import org.sitrep.model.CodedArticle;

/**
 * The store as a long ingest writes it. Coded articles are held until a batch is ready ({@link
 * Batching#articles()} of them, or the first of them {@link Batching#every()} old), then stored, each in its own
 * transaction as {@link EventStore#store} does. A DuckDB file is opened only to write a batch and closed
 * between batches, so {@code sitrep query}, {@code export} and {@code serve} can read it meanwhile; the
 * {@link WriterLock} beside it keeps a second writer out for the whole run. A PostgreSQL connection stays
 * open, every article is stored as soon as it is coded, and a connection the server drops is opened again
 * for up to {@link Batching#reconnect()} before the failure is reported. Thread-safe: a timer thread
 * stores a batch that is due while the coding thread is busy.
 */
public final class BatchedStore implements AutoCloseable {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * When to store and how long to wait.
     *
     * @param articles  a batch is stored when this many articles are ready
     * @param every     ... or when the first of them has waited this long
     * @param lockWait  how long a batch waits for a DuckDB file that a reader holds
     * @param reconnect how long to try to reach a PostgreSQL server again after it dropped the connection
     */
    public record Batching(int articles, Duration every, Duration lockWait, Duration reconnect) {
        public static final Batching DEFAULT = new Batching(200, Duration.ofSeconds(2), Duration.ofSeconds(300),
                Duration.ofSeconds(30));
    }

    /** Told about each article once it is committed (on the thread that stored it). */
    public interface Listener {
        void stored(CodedArticle coded, IngestOutcome outcome);

        /** The PostgreSQL connection was lost for this reason and is open again: storing goes on. */
        default void reconnected(String problem) {
        }
    }

    private final StoreLocation location;
    private final MergeRule mergeRule;
    private final Batching batching;
    private final Listener listener;
    private final WriterLock lock;
    private final boolean keepOpen;
    private final Map<String, EventStore.StoredVersion> known;
    private final Deque<CodedArticle> pending = new ArrayDeque<>();
    private final ScheduledExecutorService timer;
    private EventStore open;
    private long firstPending;
    private RuntimeException failure;
    private boolean broken;
    private long storeNanos;
    private long storeCpuNanos;
    private int batches;
    private int reconnects;

    private BatchedStore(StoreLocation location, MergeRule mergeRule, Batching batching, Listener listener,
                         WriterLock lock, EventStore open, Map<String, EventStore.StoredVersion> known) {
        this.location = location;
        this.mergeRule = mergeRule;
        this.batching = batching;
        this.listener = listener;
        this.lock = lock;
        this.keepOpen = open != null;
        this.open = open;
        this.known = known;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sitrep-store-batches");
            t.setDaemon(true);
            return t;
        });
        long tick = Math.max(50, Math.min(1000, batching.every().toMillis() / 4));
        timer.scheduleWithFixedDelay(this::storeIfDue, tick, tick, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the writer lock, creates or migrates the store and reads what it holds (id, content hash and
     * origin of every article, for {@link #storedVersion}); a DuckDB file is then closed until the first batch.
     */
    public static BatchedStore open(StoreLocation location, MergeRule mergeRule, Batching batching, Listener listener) {
        WriterLock lock = WriterLock.take(location);
        try {
            EventStore store = LockWait.retrying(batching.lockWait(), () -> EventStore.open(location, mergeRule));
            Map<String, EventStore.StoredVersion> known = new ConcurrentHashMap<>();
            try {
                readKnown(store, known);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
            boolean keepOpen = location.dialect() == Dialect.POSTGRESQL;
            if (!keepOpen) {
                store.close();
            }
            return new BatchedStore(location, mergeRule, batching, listener, lock, keepOpen ? store : null, known);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void readKnown(EventStore store, Map<String, EventStore.StoredVersion> known) {
        try (PreparedStatement p = store.connection().prepareStatement("SELECT article_id, content_hash, origin FROM articles");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                known.put(r.getString(1), new EventStore.StoredVersion(r.getString(2), r.getString(3)));
            }
        } catch (SQLException e) {
            throw new StoreException(store.location().display(), EventStore.describe(store.location(), e), e);
        }
    }

    public StoreLocation location() {
        return location;
    }

    /** What is stored under an id: as read at the start, updated with every article stored since. */
    public Optional<EventStore.StoredVersion> storedVersion(String articleId) {
        return Optional.ofNullable(known.get(articleId));
    }

    /** Holds a coded article for the next batch, storing the batch when it is full. */
    public synchronized void add(CodedArticle coded) {
        rethrow();
        if (pending.isEmpty()) {
            firstPending = System.nanoTime();
        }
        pending.addLast(coded);
        if (keepOpen || pending.size() >= batching.articles()) {
            flush();
        }
    }

    private synchronized void storeIfDue() {
        if (failure != null || broken || pending.isEmpty() || System.nanoTime() - firstPending < batching.every().toNanos()) {
            return;
        }
        try {
            flush();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** Stores every article held, each in its own transaction. */
    public synchronized void flush() {
        rethrow();
        if (pending.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        long c0 = THREADS.getCurrentThreadCpuTime();
        try {
            storePending();
            batches++;
        } catch (RuntimeException e) {
            broken = true;
            throw e;
        } finally {
            storeNanos += System.nanoTime() - t0;
            storeCpuNanos += THREADS.getCurrentThreadCpuTime() - c0;
        }
    }

    private void storePending() {
        long deadline = 0;
        String lost = null;
        while (!pending.isEmpty()) {
            EventStore store = null;
            try {
                store = session();
                if (lost != null) {
                    listener.reconnected(lost);
                    lost = null;
                    deadline = 0;
                }
                while (!pending.isEmpty()) {
                    CodedArticle coded = pending.peekFirst();
                    IngestOutcome outcome = store.store(coded);
                    pending.removeFirst();
                    known.put(coded.article().id(), new EventStore.StoredVersion(
                            ContentHash.of(coded.article()), coded.article().origin()));
                    listener.stored(coded, outcome);
                }
            } catch (StoreException e) {
                if (!keepOpen || !Reconnect.isTransient(e)) {
                    throw e;
                }
                closeQuietly();
                store = null;
                if (lost == null) {
                    lost = e.problem();
                }
                if (deadline == 0) {
                    deadline = System.nanoTime() + batching.reconnect().toNanos();
                }
                Reconnect.pauseOrThrow(deadline, new StoreException(e.database(), e.problem() + "; tried to reconnect for "
                        + batching.reconnect().toSeconds() + " s; what was stored is kept, run again to store the rest", e));
                reconnects++;
            } finally {
                if (!keepOpen && store != null) {
                    store.close();
                }
            }
        }
    }

    /** The open PostgreSQL connection (opened again after a failure), or a DuckDB file opened for this batch. */
    private EventStore session() {
        if (keepOpen) {
            if (open == null) {
                open = EventStore.open(location, mergeRule);
            }
            return open;
        }
        return LockWait.retrying(batching.lockWait(), () -> EventStore.open(location, mergeRule));
    }

    /** Counts for the closing line, read after the last batch. */
    public synchronized EventStore.Summary summary() {
        rethrow();
        if (keepOpen) {
            return session().summary();
        }
        try (EventStore store = session()) {
            return store.summary();
        }
    }

    /** Time spent storing (opening, writing, committing, closing), in nanoseconds: wall and this process's CPU. */
    public synchronized long[] storeTime() {
        return new long[] {storeNanos, storeCpuNanos};
    }

    /** Batches stored, and times a dropped PostgreSQL connection was opened again. */
    public synchronized int[] counts() {
        return new int[] {batches, reconnects};
    }

    private void rethrow() {
        if (failure != null) {
            RuntimeException e = failure;
            failure = null;
            broken = true;
            throw e;
        }
    }

    private void closeQuietly() {
        if (open != null) {
            try {
                open.close();
            } catch (RuntimeException ignored) {
                // the connection is gone already
            }
            open = null;
        }
    }

    /** Stores what is held, then releases the store and the writer lock (also when storing fails). */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            synchronized (this) {
                if (!broken) {
                    flush();
                }
            }
        } finally {
            synchronized (this) {
                closeQuietly();
            }
            lock.close();
        }
    }
}
