package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The reads that fill and refresh a {@link MentionIndex}: the filter columns and stored API JSON of every mention
 * (in chunks of days, each chunk its own read, so a reader that opens the file per read holds it briefly), and
 * the articles stored since a time. Text and ACLED types come lowered by the database itself, so the index
 * compares them exactly as the SQL filter does.
 */
final class IndexRows {
    /** Days per chunk of the first load. */
    static final int CHUNK_DAYS = 60;
    private static final String COLUMNS = "e.event_id, e.article_id, e.cluster_id, e.date_start, e.date_end,"
            + " e.location_country, e.cameo, e.cameo_root, e.acled_event_type, lower(e.acled_event_type) AS acled_lower,"
            + " lower(e.acled_sub_event_type) AS acled_sub_lower, e.factuality, e.lat, e.lon,"
            + " lower(e.evidence_sentence) AS sentence_lower, e.api_event, e.api_mention";

    /** One mention's columns as the index keeps them. */
    record Row(String eventId, String articleId, String clusterId, LocalDate dateStart, LocalDate dateEnd,
               String country, String cameo, String cameoRoot, String acledType, String acledLower,
               String acledSubLower, String factuality, Double lat, Double lon, String sentenceLower,
               String apiEvent, String apiMention) {
    }

    /** The store's extent: mentions, first and last day, and the latest {@code articles.stored_at}. */
    record Extent(long mentions, LocalDate firstDay, LocalDate lastDay, LocalDateTime lastStored) {
    }

    private IndexRows() {
    }

    static Extent extent(Connection c) throws SQLException {
        long n;
        LocalDate first;
        LocalDate last;
        try (PreparedStatement p = c.prepareStatement(
                "SELECT count(*), min(date_start) AS first_day, max(date_start) AS last_day FROM events");
             ResultSet r = p.executeQuery()) {
            r.next();
            n = r.getLong(1);
            first = EventRows.date(r, "first_day");
            last = EventRows.date(r, "last_day");
        }
        return new Extent(n, first, last, lastStored(c));
    }

    static LocalDateTime lastStored(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT max(stored_at) AS last_stored FROM articles");
             ResultSet r = p.executeQuery()) {
            r.next();
            return EventRows.timestamp(r, "last_stored");
        }
    }

    static long mentions(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM events"); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Mentions without a day ({@code first == null}) or with {@code first <= date_start < end}. */
    static void days(Connection c, LocalDate first, LocalDate end, Consumer<Row> out) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where;
        if (first == null) {
            where = " WHERE e.date_start IS NULL";
        } else {
            where = " WHERE e.date_start >= ? AND e.date_start < ?";
            params.add(first);
            params.add(end);
        }
        read(c, "SELECT " + COLUMNS + " FROM events e" + where, params, out);
    }

    /** Articles stored after {@code since}, with the time they were stored. */
    static List<Object[]> articlesSince(Connection c, LocalDateTime since) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT article_id, stored_at FROM articles WHERE stored_at > ?")) {
            BatchSink.bind(p, 1, since);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Object[] {r.getString(1), EventRows.timestamp(r, "stored_at")});
                }
            }
        }
        return out;
    }

    /** The mentions of these articles. */
    static void ofArticles(Connection c, Collection<String> articleIds, Consumer<Row> out) throws SQLException {
        List<String> ids = new ArrayList<>(articleIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
            read(c, "SELECT " + COLUMNS + " FROM events e WHERE e.article_id IN ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ")", new ArrayList<>(part), out);
        }
    }

    private static void read(Connection c, String sql, List<Object> params, Consumer<Row> out) throws SQLException {
        try (PreparedStatement p = StoreReader.prepare(c, sql, params)) {
            p.setFetchSize(2048);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    double lat = r.getDouble("lat");
                    Double la = r.wasNull() ? null : lat;
                    double lon = r.getDouble("lon");
                    Double lo = r.wasNull() ? null : lon;
                    out.accept(new Row(r.getString("event_id"), r.getString("article_id"), r.getString("cluster_id"),
                            EventRows.date(r, "date_start"), EventRows.date(r, "date_end"),
                            r.getString("location_country"), r.getString("cameo"), r.getString("cameo_root"),
                            r.getString("acled_event_type"), r.getString("acled_lower"), r.getString("acled_sub_lower"),
                            r.getString("factuality"), la, lo, r.getString("sentence_lower"), r.getString("api_event"),
                            r.getString("api_mention")));
                }
            }
        }
    }
}
