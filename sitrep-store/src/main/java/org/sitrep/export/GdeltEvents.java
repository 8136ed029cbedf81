package org.sitrep.export;

import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;
import org.sitrep.model.Location;
import org.sitrep.store.StoredEvent;

/**
 * GDELT 2.0's event table exactly: the 61 columns in GDELT's order, tab-separated, no header, LF; one row
 * per real-world event. Only asserted events go here unless the export asks for more factualities; then the
 * factuality of every row goes to a side file ({@code GLOBALEVENTID<TAB>factuality}), never a 62nd column.
 * Columns Sitrep cannot derive are empty (known group, ethnic and religion codes, second and third type
 * codes, ADM2 codes) or 0 (AvgTone: no tone lexicon); see docs/store.md.
 */
final class GdeltEvents {
    static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");
    static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private final Tsv tsv;
    private final Tsv factualityOut;
    private final CountryCodes codes;
    private final GdeltGeo geo;
    private final ArticleTexts texts;

    /** @param factualityOut where each row's factuality goes, or null: then only asserted events are written */
    GdeltEvents(Writer out, Writer factualityOut, CountryCodes codes, ArticleTexts texts) {
        this.tsv = new Tsv(out);
        this.factualityOut = factualityOut == null ? null : new Tsv(factualityOut);
        this.codes = codes;
        this.geo = new GdeltGeo(codes);
        this.texts = texts;
    }

    int write(MergedEvent merged) {
        StoredEvent rep = merged.representative();
        Event e = rep.event();
        if (factualityOut == null && e.factuality() != Factuality.ASSERTED) {
            return 0;
        }
        long id = GlobalEventId.of(merged.clusterId());
        LocalDate day = e.date() == null ? rep.published() : e.date().start();
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(id);
        row.add(day == null ? null : day.format(DAY));
        row.add(day == null ? null : String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        row.add(day == null ? null : day.getYear());
        row.add(day == null ? null : fractionDate(day));
        actor(row, e.source());
        actor(row, e.target());
        row.add(texts.inLead(rep.articleId(), e.evidence().start()) ? 1 : 0);
        row.add(e.cameo());
        row.add(e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo());
        row.add(e.cameoRoot());
        row.add(e.quadClass());
        row.add(e.goldstein());
        row.add(merged.mentions().size());
        row.add(Math.max(1, merged.sources().size()));
        row.add(merged.articleCount());
        row.add(0);
        row.addAll(actorGeo(e.source(), e.location()));
        row.addAll(actorGeo(e.target(), e.location()));
        row.addAll(geo.of(e.location()));
        row.add(dateAdded(merged, rep));
        row.add(sourceUrl(merged, rep));
        tsv.row(row);
        if (factualityOut != null) {
            factualityOut.row(List.of(id, e.factuality().label()));
        }
        return 1;
    }

    /** YYYY.FFFF: the year and the share of it that has passed on that day. */
    static String fractionDate(LocalDate day) {
        int f = Math.min(9999, day.getDayOfYear() * 10_000 / 365);
        return String.format(Locale.ROOT, "%04d.%04d", day.getYear(), f);
    }

    /** When the event was first stored, UTC; the publication day at midnight for rows stored before that was recorded. */
    static String dateAdded(MergedEvent merged, StoredEvent rep) {
        LocalDateTime added = merged.addedAt();
        if (added != null) {
            return added.format(SECOND);
        }
        return rep.published() == null ? null : rep.published().atStartOfDay().format(SECOND);
    }

    private static String sourceUrl(MergedEvent merged, StoredEvent rep) {
        if (rep.articleUrl() != null) {
            return rep.articleUrl();
        }
        for (StoredEvent m : merged.mentions()) {
            if (m.articleUrl() != null) {
                return m.articleUrl();
            }
        }
        // GDELT gives a citation for sources that are not on the web.
        String source = MergedEvent.sourceOf(rep);
        return source == null ? rep.articleId() : source + ": " + rep.articleId();
    }

    /** Code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3: empty for an unresolved actor. */
    private void actor(List<Object> row, Actor a) {
        boolean resolved = a != null && (a.code() != null || a.name() != null);
        row.add(resolved ? a.code() : null);
        row.add(resolved ? actorName(a) : null);
        row.add(resolved ? a.country() : null);
        row.add(null);
        row.add(null);
        row.add(null);
        row.add(null);
        row.add(resolved ? a.role() : null);
        row.add(null);
        row.add(null);
    }

    private String actorName(Actor a) {
        String name = a.name();
        if (name == null) {
            CountryCodes.Country c = codes.country(a.country());
            name = c == null ? a.code() : c.acledName();
        }
        return name == null ? null : name.toUpperCase(Locale.ROOT);
    }

    /**
     * Where the text places an actor: the event's place when the actor is of that country (or of none), else its
     * own country at country level (no
     * coordinates: Sitrep keeps no country centroids in the store); empty without a resolved actor.
     */
    private List<Object> actorGeo(Actor a, Location place) {
        boolean resolved = a != null && (a.code() != null || a.name() != null);
        if (!resolved || place == null && a.country() == null) {
            return geo.of(null);
        }
        if (place != null && (a.country() == null || a.country().equals(place.country()))) {
            return geo.of(place);
        }
        return codes.country(a.country()) == null ? geo.of(null) : geo.country(a.country());
    }
}
