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

    /**
     * The events row of a mention, with the API's JSON made from the event exactly as it will be read back (the
     * row turned into a record again), so the stored JSON equals what reading and building it would give.
     */
    static Object[] event(Event e, Article article, int ordinal, String clusterId, LocalDateTime storedAt) {
        Object[] row = event(e, article.id(), ordinal, clusterId, storedAt);
        Event read;
        try {
            read = readEvent(new ArrayCells(row));
        } catch (SQLException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
        StoredEvent back = new StoredEvent(read, article.id(), clusterId, article.published(), article.source(),
                article.url(), article.title(), article.origin(), storedAt);
        int json = Table.EVENTS.columns().indexOf(Table.API_JSON.get(0));
        row[json] = MentionJson.storedEventFields(back);
        row[json + 1] = MentionJson.mention(back);
        return row;
    }

    /** The events row of a mention without the API's JSON (read back, it is built when needed). */
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
                p.lon(), p.country(), p.admin1(), p.feature(), p.kind()};
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
            if (Table.API_JSON.contains(c)) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append("e.").append(c);
        }
        return sb.toString();
    }

    /** Reads an event from a row holding at least {@link #eventColumns()}. */
    static Event readEvent(ResultSet r) throws SQLException {
        return readEvent(new ResultSetCells(r));
    }

    /** One row's values by column name, null for SQL NULL: a result set's current row or a row about to be written. */
    interface Cells {
        String string(String column) throws SQLException;

        Double dbl(String column) throws SQLException;

        Integer integer(String column) throws SQLException;

        Long lng(String column) throws SQLException;

        LocalDate date(String column) throws SQLException;
    }

    private record ResultSetCells(ResultSet r) implements Cells {
        @Override
        public String string(String column) throws SQLException {
            return r.getString(column);
        }

        @Override
        public Double dbl(String column) throws SQLException {
            double v = r.getDouble(column);
            return r.wasNull() ? null : v;
        }

        @Override
        public Integer integer(String column) throws SQLException {
            int v = r.getInt(column);
            return r.wasNull() ? null : v;
        }

        @Override
        public Long lng(String column) throws SQLException {
            long v = r.getLong(column);
            return r.wasNull() ? null : v;
        }

        @Override
        public LocalDate date(String column) throws SQLException {
            return EventRows.date(r, column);
        }
    }

    /** A row in {@link Table#EVENTS} column order, as {@link #event} makes it. */
    private record ArrayCells(Object[] row) implements Cells {
        private Object get(String column) {
            int i = Table.EVENTS.columns().indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException("no events column " + column);
            }
            return row[i];
        }

        @Override
        public String string(String column) {
            return (String) get(column);
        }

        @Override
        public Double dbl(String column) {
            Object v = get(column);
            return v == null ? null : ((Number) v).doubleValue();
        }

        @Override
        public Integer integer(String column) {
            Object v = get(column);
            return v == null ? null : ((Number) v).intValue();
        }

        @Override
        public Long lng(String column) {
            Object v = get(column);
            return v == null ? null : ((Number) v).longValue();
        }

        @Override
        public LocalDate date(String column) {
            return (LocalDate) get(column);
        }
    }

    static Event readEvent(Cells r) throws SQLException {
        String acledType = r.string("acled_event_type");
        AcledType acled = acledType == null ? null : new AcledType(acledType, r.string("acled_sub_event_type"));
        LocalDate start = r.date("date_start");
        EventDate date = start == null ? null : new EventDate(start, r.date("date_end"),
                DatePrecision.valueOf(r.string("date_precision").toUpperCase(Locale.ROOT)), r.string("date_text"));
        Location location = null;
        Double lat = r.dbl("lat");
        if (lat != null) {
            String precision = r.string("location_precision");
            Double lon = r.dbl("lon");
            location = new Location(r.string("location_text"), r.string("location_name"), r.lng("geonames_id"), lat,
                    lon == null ? 0 : lon, r.string("location_country"), r.string("location_admin1"),
                    precision == null ? null : LocationPrecision.valueOf(precision.toUpperCase(Locale.ROOT)));
        }
        Integer quad = r.integer("quad_class");
        Double goldstein = r.dbl("goldstein");
        Double confidence = r.dbl("confidence");
        Integer start0 = r.integer("evidence_start");
        Integer end0 = r.integer("evidence_end");
        return new Event(r.string("event_id"), r.string("cameo"), r.string("cameo_name"),
                quad == null ? 0 : quad, goldstein == null ? 0 : goldstein, r.string("plover"), acled,
                Factuality.valueOf(r.string("factuality").toUpperCase(Locale.ROOT)),
                readActor(r, "source_"), readActor(r, "target_"), date, location, r.integer("fatalities"),
                new Evidence(r.string("evidence_sentence"), start0 == null ? 0 : start0, end0 == null ? 0 : end0,
                        r.string("evidence_trigger")),
                confidence == null ? 0 : confidence, null);
    }

    private static Actor readActor(Cells r, String prefix) throws SQLException {
        String text = r.string(prefix + "text");
        String name = r.string(prefix + "name");
        String code = r.string(prefix + "code");
        if (text == null && name == null && code == null) {
            return null;
        }
        return new Actor(text, name, code, r.string(prefix + "country"), r.string(prefix + "role"),
                r.string(prefix + "affiliation"), r.string(prefix + "patron"));
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
