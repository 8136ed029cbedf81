package org.sitrep.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Remembers recent answers that cost a pass over the matching events (totals, facet counts, grids), keyed by
 * endpoint and filters. An entry lives {@value #TTL_SECONDS} s at most (another process may write to a
 * PostgreSQL store) and every entry is dropped when this server stores an article. At most
 * {@value #MAX_ENTRIES} entries, least recently used dropped first.
 */
final class ResultCache {
    static final int MAX_ENTRIES = 2000;
    static final long TTL_SECONDS = 30;

    private record Entry(Object value, long at) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The key of a request: endpoint and its filter parameters in name order (paging parameters left out). */
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
        synchronized (this) {
            Entry e = entries.get(key);
            if (e != null && now - e.at() < TTL_SECONDS * 1_000_000_000L) {
                return (T) e.value();
            }
        }
        T value = compute.get();
        synchronized (this) {
            entries.put(key, new Entry(value, now));
        }
        return value;
    }

    synchronized void clear() {
        entries.clear();
    }
}
