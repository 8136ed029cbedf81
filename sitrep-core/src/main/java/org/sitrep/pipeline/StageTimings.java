package org.sitrep.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Wall-clock nanoseconds spent in each stage, summed over all threads. Thread-safe. */
public final class StageTimings {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    public void add(String stage, long elapsedNanos) {
        order.putIfAbsent(stage, order.size());
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
    }

    /** Stage name to total nanoseconds, in the order stages first reported. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum()));
        return out;
    }
}
