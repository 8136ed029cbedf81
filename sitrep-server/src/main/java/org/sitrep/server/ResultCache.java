package org.sitrep.server;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Remembers recent answers that cost a pass over the matching events (totals, facet counts, grids, pages of
 * events), keyed by endpoint and parameters. An entry lives {@value #TTL_SECONDS} s at most (another process
 * may write to a PostgreSQL store) and every entry is dropped when this server stores an article. At most
 * {@value #MAX_ENTRIES} entries and {@value #MAX_BYTES} bytes of cached responses, least recently used dropped
 * first. Concurrent requests for the same key wait for the one computation in flight instead of repeating it.
 */
final class ResultCache {
    static final int MAX_ENTRIES = 2000;
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final long TTL_SECONDS = 30;

    private record Entry(Object value, long at, long bytes) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, CompletableFuture<Object>> inFlight = new HashMap<>();
    private long bytes;
    /** Bumped by {@link #clear}: a computation that started before a write is not kept after it. */
    private long generation;

    /** The key of a request: endpoint and its parameters in name order, {@code ignored} ones left out. */
    static String key(String endpoint, Map<String, java.util.List<String>> params, String... ignored) {
        TreeMap<String, String> sorted = new TreeMap<>();
        params.forEach((k, v) -> {
            if (!k.isEmpty() && !v.isEmpty() && !v.get(0).isEmpty() && !java.util.List.of(ignored).contains(k)) {
                sorted.put(k, v.get(0));
            }
        });
        return endpoint + "?" + sorted;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        long now = System.nanoTime();
        CompletableFuture<Object> mine = null;
        CompletableFuture<Object> theirs;
        long startedIn;
        synchronized (this) {
            Entry e = entries.get(key);
            if (e != null && now - e.at() < TTL_SECONDS * 1_000_000_000L) {
                return (T) e.value();
            }
            theirs = inFlight.get(key);
            if (theirs == null) {
                mine = new CompletableFuture<>();
                inFlight.put(key, mine);
            }
            startedIn = generation;
        }
        if (theirs != null) {
            try {
                return (T) theirs.join();
            } catch (CompletionException failed) {
                if (failed.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw failed;
            }
        }
        T value;
        try {
            value = compute.get();
        } catch (RuntimeException | Error failed) {
            synchronized (this) {
                inFlight.remove(key, mine);
            }
            mine.completeExceptionally(failed);
            throw failed;
        }
        synchronized (this) {
            inFlight.remove(key, mine);
            if (startedIn == generation) {
                put(key, new Entry(value, now, value instanceof byte[] b ? b.length : 0));
            }
        }
        mine.complete(value);
        return value;
    }

    private void put(String key, Entry entry) {
        Entry old = entries.put(key, entry);
        bytes += entry.bytes() - (old == null ? 0 : old.bytes());
        Iterator<Entry> eldest = entries.values().iterator();
        while ((entries.size() > MAX_ENTRIES || bytes > MAX_BYTES) && eldest.hasNext()) {
            bytes -= eldest.next().bytes();
            eldest.remove();
        }
    }

    synchronized void clear() {
        entries.clear();
        inFlight.clear();
        bytes = 0;
        generation++;
    }

    /** Entries held (for tests). */
    synchronized int size() {
        return entries.size();
    }
}
