package org.sitrep.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.model.Factuality;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.MentionSource;
import org.sitrep.store.StoredEvent;

/**
 * The export formats, each with its schema version (in {@code --help} and in the suggested file name; GDELT's
 * files allow no comment line), and running one over a store's query result.
 */
public enum EventExport {
    /** GDELT 2.0's event table exactly: 61 columns, tabs, no header; asserted real-world events. */
    GDELT_CSV("gdelt-csv", 2, "gdelt-events", "export.tsv", true),
    /** GDELT 2.0's Mentions table: 16 columns, tabs, no header; one row per mention of an exported event. */
    GDELT_MENTIONS("gdelt-mentions", 1, "gdelt-mentions", "mentions.tsv", true),
    /** ACLED's 31 export columns with a header, one row per asserted real-world event that has an ACLED type. */
    ACLED_CSV("acled-csv", 2, "acled", "csv", true),
    /** Sitrep's readable table: a header, GDELT-like names, ISO codes and factuality; one row per real-world event. */
    SITREP_CSV("sitrep-csv", 1, "sitrep-events", "csv", true),
    /** A GeoJSON FeatureCollection of points, one per located real-world event. */
    GEOJSON("geojson", 1, "sitrep-events", "geojson", true),
    /** One JSON line per stored mention: the contract's event object with its article and cluster. */
    JSONL("jsonl", 1, "sitrep-mentions", "jsonl", false);

    private final String label;
    private final int version;
    private final String stem;
    private final String extension;
    private final boolean merged;

    EventExport(String label, int version, String stem, String extension, boolean merged) {
        this.label = label;
        this.version = version;
        this.stem = stem;
        this.extension = extension;
        this.merged = merged;
    }

    public String label() {
        return label;
    }

    /** The export's schema version: raised whenever its columns or their meaning change. */
    public int version() {
        return version;
    }

    /** The file name to suggest: the format, its schema version and GDELT-like suffixes ("gdelt-events.v2.export.tsv"). */
    public String suggestedFileName() {
        return stem + ".v" + version + "." + extension;
    }

    public static String labels() {
        List<String> out = new ArrayList<>();
        for (EventExport f : values()) {
            out.add(f.label);
        }
        return String.join(", ", out);
    }

    public static EventExport byLabel(String label) {
        for (EventExport f : values()) {
            if (f.label.equals(label.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format " + label + " (" + labels() + ")");
    }

    /**
     * True when this export, with these filters, also writes a side file: gdelt-csv asked for factualities
     * other than asserted gives each row's factuality there (GDELT's 61 columns have none).
     */
    public boolean needsFactualityFile(EventQuery query) {
        return this == GDELT_CSV && !query.factuality().isEmpty() && !query.factuality().equals(Set.of(Factuality.ASSERTED));
    }

    /** Writes what the query selects; returns the number of rows or features written. */
    public int write(MentionSource store, EventQuery query, Writer out) {
        return write(store, query, out, null);
    }

    /**
     * Writes what the query selects, and for gdelt-csv with other factualities than asserted each row's factuality
     * to {@code factualityOut}; returns the number of rows or features written.
     */
    public int write(MentionSource store, EventQuery query, Writer out, Writer factualityOut) {
        return write(store, query, out, factualityOut, l -> null);
    }

    /**
     * As {@link #write(MentionSource, EventQuery, Writer, Writer)}, with the district (second-level division) of a
     * place for acled-csv's admin2 column, from the gazetteer (which this module does not hold).
     */
    public int write(MentionSource store, EventQuery query, Writer out, Writer factualityOut,
                     java.util.function.Function<org.sitrep.model.Location, String> districts) {
        if (needsFactualityFile(query) && factualityOut == null) {
            throw new IllegalArgumentException("gdelt-csv with --factuality other than asserted writes a second file"
                    + " (each event's factuality): give -o FILE");
        }
        int[] count = {0};
        ArticleTexts texts = new ArticleTexts(store::articleText);
        switch (this) {
            case JSONL -> {
                JsonlWriter w = new JsonlWriter(out);
                store.forEach(query, false, m -> {
                    w.write(m);
                    count[0]++;
                });
            }
            case GDELT_CSV -> {
                EventQuery q = query.factuality().isEmpty() ? query.withFactuality(Set.of(Factuality.ASSERTED)) : query;
                GdeltEvents w = new GdeltEvents(out, needsFactualityFile(query) ? factualityOut : null,
                        CountryCodes.load(), texts);
                eachMerged(store, q, m -> count[0] += w.write(m));
            }
            case GDELT_MENTIONS -> {
                EventQuery q = query.factuality().isEmpty() ? query.withFactuality(Set.of(Factuality.ASSERTED)) : query;
                GdeltMentions w = new GdeltMentions(out, texts, query.since(), true);
                eachMerged(store, q, m -> count[0] += w.write(m));
            }
            case ACLED_CSV -> {
                AcledCsv w = new AcledCsv(out, CountryCodes.load(), districts);
                eachMerged(store, query, m -> count[0] += w.write(m));
            }
            case SITREP_CSV -> {
                SitrepCsv w = new SitrepCsv(out);
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
