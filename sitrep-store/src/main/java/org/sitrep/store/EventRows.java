package org.sitrep.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.article.Article;
import org.sitrep.model.AcledType;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.Location;
import org.sitrep.model.LocationPrecision;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/** Turns records into rows in {@link Table} column order, and event rows back into records. */
final class EventRows {
    private EventRows() {
    }

    static Object[] article(Article a, String hash, int eventCount, LocalDateTime storedAt) {
        return new Object[] {a.id(), hash, a.title(), a.published(), a.source(), a.url(), a.language(), a.origin(),
                a.text(), eventCount, storedAt};
    }

    static Object[] event(Event e, String articleId, int ordinal, String clusterId, LocalDateTime storedAt) {
        Object[] row = new Object[Table.EVENTS.columns().size()];
        int i = 0;
        row[i++] = e.id();
        row[i++] = articleId;
        row[i++] = ordinal;
        row[i++] = clusterId;
        row[i++] = e.cameo();
        row[i++] = e.cameoRoot();
        row[i++] = e.cameoName();
        row[i++] = e.quadClass();
        row[i++] = e.goldstein();
        row[i++] = e.plover();
        row[i++] = e.acled() == null ? null : e.acled().eventType();
        row[i++] = e.acled() == null ? null : e.acled().subEventType();
        row[i++] = e.factuality().label();
        i = actor(row, i, e.source());
        i = actor(row, i, e.target());
        EventDate d = e.date();
        row[i++] = d == null ? null : d.start();
        row[i++] = d == null ? null : d.end();
        row[i++] = d == null ? null : d.precision().label();
        row[i++] = d == null ? null : d.text();
        Location l = e.location();
        row[i++] = l == null ? null : l.text();
        row[i++] = l == null ? null : l.name();
        row[i++] = l == null ? null : l.geonamesId();
        row[i++] = l == null ? null : l.lat();
        row[i++] = l == null ? null : l.lon();
        row[i++] = l == null ? null : l.country();
        row[i++] = l == null ? null : l.admin1();
        row[i++] = l == null || l.precision() == null ? null : l.precision().label();
        row[i++] = e.fatalities();
        row[i++] = e.evidence().sentence();
        row[i++] = e.evidence().start();
        row[i++] = e.evidence().end();
        row[i++] = e.evidence().trigger();
        row[i++] = Math.round(e.confidence() * 1000) / 1000.0; // as the contract reports it (ContractJson)
        row[i++] = e.source() == null ? null : e.source().patron();
        row[i++] = e.target() == null ? null : e.target().patron();
        row[i++] = storedAt;
        return row;
    }

    static Object[] quote(Quote q, String articleId, int ordinal) {
        Object[] row = new Object[Table.QUOTES.columns().size()];
        int i = 0;
        row[i++] = articleId;
        row[i++] = ordinal;
        row[i++] = q.text();
        row[i++] = q.start();
        row[i++] = q.end();
        i = actor(row, i, q.speaker());
        row[i++] = q.speaker() == null ? null : q.speaker().patron();
        return row;
    }

    static Object[] place(Place p, String articleId, int ordinal) {
        return new Object[] {articleId, ordinal, p.text(), p.start(), p.end(), p.name(), p.geonamesId(), p.lat(),
                p.lon(), p.country(), p.admin1(), p.feature()};
    }

    private static int actor(Object[] row, int i, Actor a) {
        row[i++] = a == null ? null : a.text();
        row[i++] = a == null ? null : a.name();
        row[i++] = a == null ? null : a.code();
        row[i++] = a == null ? null : a.country();
        row[i++] = a == null ? null : a.role();
        row[i++] = a == null ? null : a.affiliation();
        return i;
    }

    /** The columns {@link #readEvent} reads, qualified with the events table alias {@code e}. */
    static String eventColumns() {
        StringBuilder sb = new StringBuilder();
        for (String c : Table.EVENTS.columns()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append("e.").append(c);
        }
        return sb.toString();
    }

    /** Reads an event from a row holding at least {@link #eventColumns()}. */
    static Event readEvent(ResultSet r) throws SQLException {
        String acledType = r.getString("acled_event_type");
        AcledType acled = acledType == null ? null : new AcledType(acledType, r.getString("acled_sub_event_type"));
        LocalDate start = date(r, "date_start");
        EventDate date = start == null ? null : new EventDate(start, date(r, "date_end"),
                DatePrecision.valueOf(r.getString("date_precision").toUpperCase(Locale.ROOT)), r.getString("date_text"));
        Location location = null;
        double lat = r.getDouble("lat");
        if (!r.wasNull()) {
            long geonames = r.getLong("geonames_id");
            Long geonamesId = r.wasNull() ? null : geonames;
            String precision = r.getString("location_precision");
            location = new Location(r.getString("location_text"), r.getString("location_name"), geonamesId, lat,
                    r.getDouble("lon"), r.getString("location_country"), r.getString("location_admin1"),
                    precision == null ? null : LocationPrecision.valueOf(precision.toUpperCase(Locale.ROOT)));
        }
        int fatalities = r.getInt("fatalities");
        Integer fat = r.wasNull() ? null : fatalities;
        return new Event(r.getString("event_id"), r.getString("cameo"), r.getString("cameo_name"),
                r.getInt("quad_class"), r.getDouble("goldstein"), r.getString("plover"), acled,
                Factuality.valueOf(r.getString("factuality").toUpperCase(Locale.ROOT)),
                readActor(r, "source_"), readActor(r, "target_"), date, location, fat,
                new Evidence(r.getString("evidence_sentence"), r.getInt("evidence_start"), r.getInt("evidence_end"),
                        r.getString("evidence_trigger")),
                r.getDouble("confidence"), null);
    }

    private static Actor readActor(ResultSet r, String prefix) throws SQLException {
        String text = r.getString(prefix + "text");
        String name = r.getString(prefix + "name");
        String code = r.getString(prefix + "code");
        if (text == null && name == null && code == null) {
            return null;
        }
        return new Actor(text, name, code, r.getString(prefix + "country"), r.getString(prefix + "role"),
                r.getString(prefix + "affiliation"), r.getString(prefix + "patron"));
    }

    /** The current time in UTC, to the millisecond: what {@code stored_at} records. */
    static LocalDateTime nowUtc() {
        return LocalDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    static LocalDateTime timestamp(ResultSet r, String column) throws SQLException {
        try {
            // the wall-clock value as stored, without the JVM's time zone in between
            return r.getObject(column, LocalDateTime.class);
        } catch (SQLException | RuntimeException notSupported) {
            // fall through to the generic read
        }
        Object o = r.getObject(column);
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDateTime t) {
            return t;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime();
        }
        return LocalDateTime.parse(o.toString().replace(' ', 'T'));
    }

    static LocalDate date(ResultSet r, String column) throws SQLException {
        Object o = r.getObject(column);
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }
}
