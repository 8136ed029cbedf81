package org.sitrep.export;

import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.store.StoredEvent;

/**
 * Sitrep's readable event table ({@code sitrep-csv}): a header row, GDELT-like column names, ISO alpha-3
 * country codes, names of divisions and a Factuality column; one row per real-world event, every
 * factuality. For GDELT's own layout see {@link GdeltEvents}.
 */
final class SitrepCsv {
    static final List<String> HEADER = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code",
            "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode",
            "Actor2Type1Code", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "ActionGeo_Type", "ActionGeo_FullName",
            "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL", "Factuality");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Csv csv;

    SitrepCsv(Writer out) {
        this.csv = new Csv(out);
        csv.row(HEADER);
    }

    int write(MergedEvent merged) {
        StoredEvent rep = merged.representative();
        Event e = rep.event();
        LocalDate day = e.date() == null ? rep.published() : e.date().start();
        List<Object> row = new ArrayList<>();
        row.add(merged.clusterId());
        row.add(day == null ? null : day.format(DAY));
        row.add(day == null ? null : String.format("%04d%02d", day.getYear(), day.getMonthValue()));
        row.add(day == null ? null : day.getYear());
        actor(row, e.source());
        actor(row, e.target());
        row.add(e.cameo());
        row.add(e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo());
        row.add(e.cameoRoot());
        row.add(e.quadClass());
        row.add(e.goldstein());
        row.add(merged.mentions().size());
        row.add(merged.sources().size());
        row.add(merged.articleCount());
        Location l = e.location();
        row.add(l == null ? null : geoType(l));
        row.add(l == null ? null : l.admin1() == null || l.admin1().equals(l.name()) ? l.name() : l.name() + ", " + l.admin1());
        row.add(l == null ? null : l.country());
        row.add(l == null ? null : l.admin1());
        row.add(l == null ? null : l.lat());
        row.add(l == null ? null : l.lon());
        row.add(l == null ? null : l.geonamesId());
        row.add(rep.published() == null ? null : rep.published().format(DAY));
        row.add(rep.articleUrl());
        row.add(e.factuality().label());
        csv.row(row);
        return 1;
    }

    private static void actor(List<Object> row, Actor a) {
        row.add(a == null ? null : a.code());
        row.add(a == null ? null : a.name() != null ? a.name() : a.text());
        row.add(a == null ? null : a.country());
        row.add(a == null ? null : a.role());
    }

    static int geoType(Location l) {
        if (l.precision() == null) {
            return 4;
        }
        return switch (l.precision()) {
            case COUNTRY, REGION -> 1;
            case ADMIN1, ADMIN2 -> 5;
            case CITY, NEIGHBORHOOD, SITE -> 4;
        };
    }
}
