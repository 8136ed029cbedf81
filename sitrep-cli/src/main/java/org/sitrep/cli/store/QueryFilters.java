package org.sitrep.cli.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Factuality;
import org.sitrep.store.EventQuery;
import org.sitrep.store.StoreTime;
import picocli.CommandLine.Option;

/** The filters of {@code sitrep query} and {@code sitrep export}. */
public final class QueryFilters {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "events on or after this day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "events on or before this day")
    LocalDate to;

    @Option(names = "--country", paramLabel = "ISO3", description = "where the event happened, ISO alpha-3 (IRQ)")
    String country;

    @Option(names = "--actor", paramLabel = "NAME|CODE", description = "source or target: name (substring) or code (prefix)")
    String actor;

    @Option(names = "--cameo", paramLabel = "CODE", description = "CAMEO code or root: 19 matches 190, 193, 1951 ...")
    String cameo;

    @Option(names = "--acled", paramLabel = "TYPE", description = "ACLED event type or sub-event type")
    String acled;

    @Option(names = "--bbox", paramLabel = "MINLON,MINLAT,MAXLON,MAXLAT", split = ",",
            description = "bounding box in degrees")
    List<Double> bbox;

    @Option(names = "--factuality", split = ",", paramLabel = "F",
            description = "asserted, negated, possible, future (comma-separated)")
    List<String> factuality;

    @Option(names = "--text", paramLabel = "WORDS", description = "words in the evidence sentence")
    String text;

    @Option(names = "--limit", paramLabel = "N", description = "at most N events")
    Integer limit;

    @Option(names = "--since", paramLabel = "TIME",
            description = "only what was stored or changed after this time (UTC unless an offset is given): "
                    + "2024-03-14T08:00:00Z, 2024-03-14, GDELT's DATEADDED 20240314080000 or ACLED's timestamp (Unix seconds)")
    String since;

    /** The query, or an IllegalArgumentException with a message for the user. */
    public EventQuery query() {
        FilterChecks.range(from, to);
        FilterChecks.limit(limit);
        EventQuery q = EventQuery.all().between(from, to).inCountry(FilterChecks.country(country)).withActor(actor).withCameo(cameo)
                .withAcledType(acled).containing(text).limitedTo(limit)
                .changedAfter(since == null ? null : StoreTime.parse(since));
        if (bbox != null) {
            FilterChecks.bbox(bbox);
            q = q.within(bbox.get(0), bbox.get(1), bbox.get(2), bbox.get(3));
        }
        if (factuality != null) {
            List<Factuality> fs = new ArrayList<>();
            for (String f : factuality) {
                try {
                    fs.add(Factuality.valueOf(f.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--factuality: unknown value '" + f + "' (asserted, negated, possible, future)");
                }
            }
            q = q.withFactuality(Set.copyOf(fs));
        }
        if (cameo != null && !cameo.matches("[0-2][0-9]{1,3}")) {
            throw new IllegalArgumentException("--cameo: '" + cameo + "' is not a CAMEO code (two to four digits)");
        }
        return q;
    }
}
