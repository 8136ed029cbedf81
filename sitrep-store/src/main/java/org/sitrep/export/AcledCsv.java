package org.sitrep.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;
import org.sitrep.model.Location;
import org.sitrep.store.StoredEvent;

/**
 * ACLED-like event table: ACLED's column names and codings where Sitrep has the value, one row per asserted
 * real-world event that has an ACLED type (ACLED records political violence, protest and strategic events
 * that happened). {@code country} is ISO alpha-3 rather than a name; {@code fatalities} is the lowest toll
 * any report states (ACLED's conservative practice), 0 when none does; {@code source} lists the
 * publishers; {@code notes} is the evidence sentence. Sitrep's cameo, factuality and mention count follow.
 */
final class AcledCsv {
    static final List<String> HEADER = List.of("event_id_cnty", "event_date", "year", "time_precision", "event_type",
            "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
            "geo_precision", "source", "notes", "fatalities", "cameo", "factuality", "mentions");

    private final Csv csv;

    AcledCsv(Writer out) {
        this.csv = new Csv(out);
        csv.row(HEADER);
    }

    int write(MergedEvent merged) {
        StoredEvent rep = merged.representative();
        Event e = rep.event();
        if (e.acled() == null || e.factuality() != Factuality.ASSERTED) {
            return 0;
        }
        List<Object> row = new ArrayList<>();
        row.add(merged.clusterId());
        row.add(e.date() == null ? rep.published() : e.date().start());
        row.add(e.date() == null ? (rep.published() == null ? null : rep.published().getYear()) : e.date().start().getYear());
        row.add(timePrecision(e));
        row.add(e.acled().eventType());
        row.add(e.acled().subEventType());
        row.add(name(e.source()));
        row.add(name(e.target()));
        Location l = e.location();
        row.add(l == null ? null : l.country());
        row.add(l == null ? null : l.admin1());
        row.add(l == null ? null : l.name());
        row.add(l == null ? null : l.lat());
        row.add(l == null ? null : l.lon());
        row.add(l == null ? null : geoPrecision(l));
        row.add(String.join("; ", merged.sources()));
        row.add(e.evidence().sentence());
        Integer killed = merged.fatalities();
        row.add(killed == null ? 0 : killed);
        row.add(e.cameo());
        row.add(e.factuality().label());
        row.add(merged.mentions().size());
        csv.row(row);
        return 1;
    }

    private static String name(Actor a) {
        if (a == null) {
            return null;
        }
        return a.name() != null ? a.name() : a.text();
    }

    /** ACLED's time precision: 1 the day is known, 2 within a week or a few days, 3 only the month or worse. */
    static int timePrecision(Event e) {
        if (e.date() == null) {
            return 3;
        }
        return switch (e.date().precision()) {
            case DAY -> 1;
            case WEEK -> 2;
            case MONTH, YEAR, UNKNOWN -> 3;
        };
    }

    /** ACLED's geo precision: 1 the town or a site in it, 2 a district near it, 3 only the province or larger. */
    static int geoPrecision(Location l) {
        if (l.precision() == null) {
            return 3;
        }
        return switch (l.precision()) {
            case SITE, NEIGHBORHOOD, CITY -> 1;
            case ADMIN2 -> 2;
            case ADMIN1, COUNTRY, REGION -> 3;
        };
    }
}
