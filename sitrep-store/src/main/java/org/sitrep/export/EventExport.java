package org.sitrep.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.MentionSource;
import org.sitrep.store.StoredEvent;

/** The export formats, and running one over a store's query result. */
public enum EventExport {
    /** CSV with GDELT-like columns, one row per real-world event. */
    GDELT_CSV("gdelt-csv", true),
    /** CSV with ACLED-like columns, one row per asserted real-world event that has an ACLED type. */
    ACLED_CSV("acled-csv", true),
    /** A GeoJSON FeatureCollection of points, one per located real-world event. */
    GEOJSON("geojson", true),
    /** One JSON line per stored mention: the contract's event object with its article and cluster. */
    JSONL("jsonl", false);

    private final String label;
    private final boolean merged;

    EventExport(String label, boolean merged) {
        this.label = label;
        this.merged = merged;
    }

    public String label() {
        return label;
    }

    public static EventExport byLabel(String label) {
        for (EventExport f : values()) {
            if (f.label.equals(label.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format " + label + " (gdelt-csv, acled-csv, geojson, jsonl)");
    }

    /** Writes what the query selects; returns the number of rows or features written. */
    public int write(EventStore store, EventQuery query, Writer out) {
        return write(store::forEach, query, out);
    }

    /** Writes what the query selects from any source of mentions; returns the number of rows or features. */
    public int write(MentionSource store, EventQuery query, Writer out) {
        int[] count = {0};
        switch (this) {
            case JSONL -> {
                JsonlWriter w = new JsonlWriter(out);
                store.forEach(query, false, m -> {
                    w.write(m);
                    count[0]++;
                });
            }
            case GDELT_CSV -> {
                GdeltCsv w = new GdeltCsv(out);
                eachMerged(store, query, m -> count[0] += w.write(m));
            }
            case ACLED_CSV -> {
                AcledCsv w = new AcledCsv(out);
                eachMerged(store, query, m -> count[0] += w.write(m));
            }
            case GEOJSON -> {
                GeoJsonWriter w = new GeoJsonWriter(out);
                eachMerged(store, query, m -> count[0] += w.write(m));
                w.finish();
            }
            default -> throw new IllegalStateException();
        }
        return count[0];
    }

    public boolean merged() {
        return merged;
    }

    /** Groups the query's mentions by cluster and hands each group on. */
    static void eachMerged(MentionSource store, EventQuery query, Consumer<MergedEvent> consumer) {
        List<StoredEvent> group = new ArrayList<>();
        store.forEach(query, true, m -> {
            if (!group.isEmpty() && !group.get(0).clusterId().equals(m.clusterId())) {
                consumer.accept(new MergedEvent(group.get(0).clusterId(), group));
                group.clear();
            }
            group.add(m);
        });
        if (!group.isEmpty()) {
            consumer.accept(new MergedEvent(group.get(0).clusterId(), group));
        }
    }
}
