package org.sitrep.export;

import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.KnowledgeTable;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;
import org.sitrep.model.Location;
import org.sitrep.store.StoredEvent;

/**
 * ACLED's export table: its 31 columns in ACLED's order and spellings, comma-separated with a header; one row per
 * asserted real-world event that has an ACLED type. Actors are named by ACLED's convention ({@link AcledActors});
 * {@code fatalities} is the lowest toll any report states, and a toll stated in one sentence is counted once even
 * when that sentence gave several events. admin2 comes from the gazetteer when the caller
 * gives it; admin3, source_scale and tags are empty (see docs/store.md).
 */
final class AcledCsv {
    static final List<String> HEADER = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");
    private static final Set<String> VIOLENCE = Set.of("Battles", "Explosions/Remote violence", "Violence against civilians");

    private final Csv csv;
    private final CountryCodes codes;
    private final AcledActors actors;
    private final Map<String, String> disorder = new HashMap<>();
    private final Set<String> tollsCounted = new HashSet<>();
    private final java.util.function.Function<Location, String> districts;

    AcledCsv(Writer out, CountryCodes codes) {
        this(out, codes, l -> null);
    }

    /** @param districts the district of a place (the gazetteer's containment), or null when unknown */
    AcledCsv(Writer out, CountryCodes codes, java.util.function.Function<Location, String> districts) {
        this.districts = districts;
        this.csv = new Csv(out);
        this.codes = codes;
        this.actors = AcledActors.load(codes);
        readDisorder();
        csv.row(HEADER);
    }

    int write(MergedEvent merged) {
        StoredEvent rep = merged.representative();
        Event e = rep.event();
        if (e.acled() == null || e.factuality() != Factuality.ASSERTED) {
            return 0;
        }
        Location l = e.location();
        String iso3 = l != null && l.country() != null ? l.country()
                : e.source() != null && e.source().country() != null ? e.source().country() : null;
        CountryCodes.Country country = codes.country(iso3);
        AcledActors.AcledActor a1 = actors.of(e.source(), 1, e.acled(), iso3);
        AcledActors.AcledActor a2 = actors.of(e.target(), 2, e.acled(), iso3);
        if (a1.name() == null && a2.name() != null) {
            // ACLED always names actor1: the only named side moves there
            AcledActors.AcledActor t = a1;
            a1 = a2;
            a2 = t;
        }
        LocalDate day = e.date() == null ? rep.published() : e.date().start();
        List<Object> row = new ArrayList<>(HEADER.size());
        row.add((iso3 == null ? "XXX" : iso3) + GlobalEventId.of(merged.clusterId()));
        row.add(day);
        row.add(day == null ? null : day.getYear());
        row.add(timePrecision(e));
        row.add(disorderType(e));
        row.add(e.acled().eventType());
        row.add(e.acled().subEventType());
        row.add(a1.name());
        row.add(a1.associated());
        row.add(a1.inter());
        row.add(a2.name());
        row.add(a2.associated());
        row.add(a2.inter());
        row.add(AcledActors.interaction(a1.inter(), a2.inter()));
        row.add(a2.inter() == 7 && VIOLENCE.contains(e.acled().eventType()) ? "Civilian targeting" : null);
        row.add(country == null ? null : country.isoNumeric());
        row.add(country == null ? null : country.acledRegion());
        row.add(country == null ? iso3 : country.acledName());
        row.add(l == null ? null : l.admin1());
        row.add(l == null ? null : districts.apply(l));
        row.add(null);
        row.add(l == null ? null : l.name());
        row.add(l == null ? null : l.lat());
        row.add(l == null ? null : l.lon());
        row.add(l == null ? 3 : geoPrecision(l));
        row.add(String.join("; ", merged.sources()));
        row.add(null);
        row.add(e.evidence().sentence());
        row.add(fatalities(merged));
        row.add(null);
        LocalDateTime changed = merged.changedAt();
        row.add(changed == null ? null : changed.toEpochSecond(ZoneOffset.UTC));
        csv.row(row);
        return 1;
    }

    /**
     * The lowest toll any report states; 0 when none does, or when every sentence stating it was already counted
     * for another exported event (one sentence, "killing four", can give an attack and a clash).
     */
    int fatalities(MergedEvent merged) {
        Integer killed = merged.fatalities();
        if (killed == null) {
            return 0;
        }
        List<String> keys = new ArrayList<>();
        for (StoredEvent m : merged.mentions()) {
            if (m.event().fatalities() != null) {
                keys.add(m.articleId() + "#" + m.event().evidence().start() + "#" + m.event().fatalities());
            }
        }
        boolean counted = keys.stream().anyMatch(tollsCounted::contains);
        tollsCounted.addAll(keys);
        return counted ? 0 : killed;
    }

    private String disorderType(Event e) {
        String d = disorder.get(e.acled().eventType() + "\t" + e.acled().subEventType());
        return d != null ? d : disorder.get(e.acled().eventType() + "\t*");
    }

    private void readDisorder() {
        for (KnowledgeTable.Row r : KnowledgeTable.read(CountryCodes.HERE + "acled-disorder.tsv", 3)) {
            disorder.put(r.get("event_type") + "\t" + r.get("sub_event_type"), r.get("disorder_type"));
        }
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
