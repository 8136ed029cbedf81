package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Event;
import org.sitrep.store.StoreReader.Cluster;
import org.sitrep.store.StoreReader.JsonCluster;
import org.sitrep.store.StoreReader.JsonMention;
import org.sitrep.store.StoreReader.JsonPage;
import org.sitrep.store.StoreReader.Page;
import org.sitrep.store.StoreReader.PageKey;

/**
 * Pages of real-world events by their stable key (earliest matching day, then cluster id), read as a keyset:
 * a top-N over the matching mentions on the plain date column, then the page's mentions by cluster id inside a
 * date window, never a sort or grouping of every match. See {@link StoreReader#events}.
 */
final class EventPages {
    private static final LocalDate NO_DAY = StoreReader.NO_DAY;

    private EventPages() {
    }

    static Page page(Connection c, EventQuery query, int limit, PageKey after, long knownTotal) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = query.where(params, true);
        long total = knownTotal >= 0 ? knownTotal : count(c, query);
        Keys keys = keys(c, where, params, limit, after);
        return new Page(total, mentionsOf(c, keys.page(), where, params), keys.next());
    }

    /** The same page as {@link #page}, each mention as its stored API JSON (made here for rows without it). */
    static JsonPage jsonPage(Connection c, EventQuery query, int limit, PageKey after, long knownTotal)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = query.where(params, true);
        long total = knownTotal >= 0 ? knownTotal : count(c, query);
        Keys keys = keys(c, where, params, limit, after);
        return new JsonPage(total, jsonMentionsOf(c, keys.page(), where, params), keys.next());
    }

    /** A page's keys in order, and the key to continue after (null on the last page). */
    private record Keys(List<PageKey> page, PageKey next) {
    }

    private static Keys keys(Connection c, String where, List<Object> params, int limit, PageKey after)
            throws SQLException {
        Map<String, PageKey> keys = new LinkedHashMap<>();
        PageKey from = after;
        int batch = (limit + 1) * 2;
        while (keys.size() <= limit) {
            List<Object> keyParams = new ArrayList<>(params);
            StringBuilder sql = new StringBuilder("SELECT e.cluster_id, e.date_start AS day FROM events e").append(where);
            if (from != null) {
                sql.append(where.isEmpty() ? " WHERE " : " AND ").append(after(from, keyParams, false));
            }
            // The plain column (not an expression) lets DuckDB's top-N skip row groups past its current bound.
            sql.append(" ORDER BY e.date_start NULLS FIRST, e.cluster_id LIMIT ").append(batch);
            int rows = 0;
            try (PreparedStatement p = prepare(c, sql.toString(), keyParams); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows++;
                    LocalDate day = EventRows.date(r, "day");
                    from = new PageKey(day == null ? NO_DAY : day, r.getString("cluster_id"));
                    keys.putIfAbsent(from.clusterId(), from);
                }
            }
            if (after != null) {
                seenBefore(c, where, params, after, keys.keySet()).forEach(keys::remove);
            }
            if (rows < batch) {
                break;
            }
            batch *= 2;
        }
        List<PageKey> ordered = new ArrayList<>(keys.values());
        PageKey next = ordered.size() > limit ? ordered.get(limit - 1) : null;
        return new Keys(ordered.subList(0, Math.min(limit, ordered.size())), next);
    }

    static long count(Connection c, EventQuery query) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT count(DISTINCT e.cluster_id) FROM events e" + query.where(params, true);
        try (PreparedStatement p = prepare(c, sql, params); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * The condition "the mention's key (day, cluster id) is after {@code key}" (or, with {@code atOrBefore}, its
     * negation), on the plain date column: undated mentions (NULL, ordered first) have the key day {@link #NO_DAY}.
     */
    private static String after(PageKey key, List<Object> params, boolean atOrBefore) {
        if (key.day().equals(NO_DAY)) {
            params.add(key.clusterId());
            return atOrBefore ? "(e.date_start IS NULL AND e.cluster_id <= ?)"
                    : "(e.date_start IS NOT NULL OR e.cluster_id > ?)";
        }
        params.addAll(List.of(key.day(), key.day(), key.clusterId()));
        return atOrBefore ? "(e.date_start IS NULL OR e.date_start < ? OR (e.date_start = ? AND e.cluster_id <= ?))"
                : "(e.date_start > ? OR (e.date_start = ? AND e.cluster_id > ?))";
    }

    /** Of these clusters, those with a matching mention whose key is at or before {@code after}. */
    private static List<String> seenBefore(Connection c, String where, List<Object> params, PageKey after,
                                           java.util.Collection<String> clusters) throws SQLException {
        if (clusters.isEmpty()) {
            return List.of();
        }
        List<Object> all = new ArrayList<>(params);
        String atOrBefore = after(after, all, true);
        String since = "";
        if (!after.day().equals(NO_DAY)) {
            since = "e.date_start >= ? AND ";
            all.add(after.day().minusDays(CLUSTER_SPAN_DAYS));
        }
        all.addAll(clusters);
        String sql = "SELECT DISTINCT e.cluster_id FROM events e" + (where.isEmpty() ? " WHERE " : where + " AND ")
                + atOrBefore + " AND " + since + "e.cluster_id IN ("
                + String.join(", ", Collections.nCopies(clusters.size(), "?")) + ")";
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, all);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * How far after a real-world event's first report its other reports can be dated: the merge rule merges only
     * intervals of at most 31 days that overlap within a few days' slack, and complete link makes every pair
     * agree, so the window is generous. Bounding the mentions query by it lets DuckDB skip row groups by date.
     */
    static final int CLUSTER_SPAN_DAYS = 2 * (org.sitrep.dedup.MergeRule.MAX_INTERVAL_DAYS
            + org.sitrep.dedup.MergeRule.DATE_SLACK_DAYS + org.sitrep.dedup.MergeRule.UNKNOWN_LAG_DAYS);

    /**
     * The SQL reading the matching mentions of a page's clusters ({@code columns} of them), in date then id order:
     * by cluster id inside the page's date window, so DuckDB skips row groups by date.
     */
    private static String pageMentions(String columns, List<PageKey> page, String where, List<Object> params,
                                       List<Object> all) {
        all.addAll(params);
        LocalDate first = page.get(0).day();
        LocalDate last = page.get(page.size() - 1).day().plusDays(CLUSTER_SPAN_DAYS);
        String days;
        if (first.equals(NO_DAY)) {
            days = "(e.date_start IS NULL OR e.date_start <= ?) AND ";
            all.add(last);
        } else {
            days = "e.date_start >= ? AND e.date_start <= ? AND ";
            all.add(first);
            all.add(last);
        }
        page.forEach(k -> all.add(k.clusterId()));
        return "SELECT " + columns + " FROM events e" + (where.isEmpty() ? " WHERE " : where + " AND ") + days
                + "e.cluster_id IN (" + String.join(", ", Collections.nCopies(page.size(), "?"))
                + ") ORDER BY e.date_start, e.event_id";
    }

    private static List<Cluster> mentionsOf(Connection c, List<PageKey> page, String where, List<Object> params)
            throws SQLException {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, List<StoredEvent>> byCluster = new LinkedHashMap<>();
        page.forEach(k -> byCluster.put(k.clusterId(), new ArrayList<>()));
        List<Object> all = new ArrayList<>();
        String sql = pageMentions(EventRows.eventColumns(), page, where, params, all);
        try (PreparedStatement p = prepare(c, sql, all); ResultSet r = p.executeQuery()) {
            for (StoredEvent m : withArticles(c, r)) {
                byCluster.get(m.clusterId()).add(m);
            }
        }
        List<Cluster> out = new ArrayList<>();
        byCluster.forEach((id, ms) -> out.add(new Cluster(id, ms)));
        return out;
    }

    /** Mentions from rows of {@link EventRows#eventColumns()}, with their articles' headers read by id. */
    private static List<StoredEvent> withArticles(Connection c, ResultSet r) throws SQLException {
        // Events first, then their articles by id: joining the articles table would scan all of it.
        List<Object[]> rows = new ArrayList<>();
        while (r.next()) {
            rows.add(new Object[] {EventRows.readEvent(r), r.getString("article_id"), r.getString("cluster_id"),
                EventRows.timestamp(r, "stored_at")});
        }
        Map<String, Object[]> articles = ArticleRows.headers(c,
                rows.stream().map(row -> (String) row[1]).distinct().toList());
        List<StoredEvent> out = new ArrayList<>();
        for (Object[] row : rows) {
            Object[] a = articles.getOrDefault((String) row[1], new Object[5]);
            out.add(new StoredEvent((Event) row[0], (String) row[1], (String) row[2], (LocalDate) a[0], (String) a[1],
                    (String) a[2], (String) a[3], (String) a[4], (java.time.LocalDateTime) row[3]));
        }
        return out;
    }

    /**
     * The page's mentions as their stored JSON: one narrow read (ids and the two JSON columns); the few rows
     * without stored JSON (undated events, rows stored before schema V007) are read whole and built here.
     */
    private static List<JsonCluster> jsonMentionsOf(Connection c, List<PageKey> page, String where,
                                                    List<Object> params) throws SQLException {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Object> all = new ArrayList<>();
        String sql = pageMentions("e.event_id, e.article_id, e.cluster_id, e.api_event, e.api_mention", page, where,
                params, all);
        List<JsonMention> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (PreparedStatement p = prepare(c, sql, all); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                JsonMention m = new JsonMention(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5));
                rows.add(m);
                if (m.eventFields() == null || m.mention() == null) {
                    missing.add(m.eventId());
                }
            }
        }
        Map<String, JsonMention> built = built(c, missing);
        Map<String, List<JsonMention>> byCluster = new LinkedHashMap<>();
        page.forEach(k -> byCluster.put(k.clusterId(), new ArrayList<>()));
        for (JsonMention m : rows) {
            byCluster.get(m.clusterId()).add(built.getOrDefault(m.eventId(), m));
        }
        List<JsonCluster> out = new ArrayList<>();
        byCluster.forEach((id, ms) -> out.add(new JsonCluster(id, ms)));
        return out;
    }

    /** The JSON of these mentions, built from their rows. */
    static Map<String, JsonMention> built(Connection c, List<String> eventIds) throws SQLException {
        Map<String, JsonMention> out = new java.util.HashMap<>();
        for (int from = 0; from < eventIds.size(); from += 500) {
            List<String> ids = eventIds.subList(from, Math.min(eventIds.size(), from + 500));
            String sql = "SELECT " + EventRows.eventColumns() + " FROM events e WHERE e.event_id IN ("
                    + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
            try (PreparedStatement p = prepare(c, sql, new ArrayList<>(ids)); ResultSet r = p.executeQuery()) {
                for (StoredEvent m : withArticles(c, r)) {
                    out.put(m.event().id(), new JsonMention(m.event().id(), m.articleId(), m.clusterId(),
                            MentionJson.eventFields(m), MentionJson.mention(m)));
                }
            }
        }
        return out;
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        return StoreReader.prepare(c, sql, params);
    }

    private static void bind(PreparedStatement p, List<Object> params) throws SQLException {
        StoreReader.bind(p, params);
    }
}
