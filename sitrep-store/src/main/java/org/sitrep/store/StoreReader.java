package org.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.model.Event;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;

/**
 * Read-only access to a store for many threads at once (the HTTP server): a fixed pool of connections,
 * each query on one of them, all SQL prepared with the filters of {@link EventQuery}. Real-world events
 * (dedup clusters) are paged by a stable key: the earliest day of their matching mentions, then the cluster id.
 */
public final class StoreReader implements MentionSource, AutoCloseable {
    /** Stands for "no date" in the paging key, so undated events sort first and page like the others. */
    static final LocalDate NO_DAY = LocalDate.of(1, 1, 1);
    static final String MENTION_COLUMNS = EventRows.eventColumns() + ", a.published AS article_published,"
            + " a.source AS article_source, a.url AS article_url, a.title AS article_title, a.origin AS article_origin";

    private final StoreLocation location;
    private final BlockingQueue<Connection> pool;
    private final List<Connection> all;

    private StoreReader(StoreLocation location, List<Connection> connections) {
        this.location = location;
        this.all = List.copyOf(connections);
        this.pool = new ArrayBlockingQueue<>(connections.size(), false, connections);
    }

    /**
     * Opens {@code connections} connections to a store whose schema is up to date (open it once with
     * {@link EventStore#open} first: this class never migrates).
     */
    public static StoreReader open(StoreLocation location, int connections) {
        List<Connection> opened = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                Connection c = DriverManager.getConnection(location.jdbcUrl(), location.dialect().connectionProperties());
                c.setReadOnly(location.dialect() == Dialect.POSTGRESQL);
                opened.add(c);
            }
            return new StoreReader(location, opened);
        } catch (SQLException e) {
            opened.forEach(StoreReader::closeQuietly);
            throw new StoreException(location.display(), location.dialect().describe(e), e);
        }
    }

    public StoreLocation location() {
        return location;
    }

    /** The key a page of real-world events continues after: earliest matching day and cluster id. */
    public record PageKey(LocalDate day, String clusterId) {
    }

    /**
     * One page of real-world events.
     *
     * @param total  real-world events matching the filters in all
     * @param events this page's events, each with its matching mentions, in key order
     * @param next   the key to continue after, or null on the last page
     */
    public record Page(long total, List<Cluster> events, PageKey next) {
    }

    /** A real-world event: its cluster id and its mentions (matching ones, or all of them), by date. */
    public record Cluster(String clusterId, List<StoredEvent> mentions) {
        public Cluster {
            mentions = List.copyOf(mentions);
        }

        /** The cluster's first mention when present, else its earliest one. */
        public StoredEvent representative() {
            return mentions.stream().filter(m -> m.event().id().equals(clusterId)).findFirst().orElse(mentions.get(0));
        }
    }

    /**
     * Real-world events whose mentions match the filters, {@code limit} of them after {@code after} (or from the
     * start). The page is read from the matching mentions in key order (a top-N, no grouping of the whole
     * result): the first occurrence of a cluster gives its key, and clusters with a matching mention at or
     * before {@code after} were on an earlier page.
     */
    public Page events(EventQuery query, int limit, PageKey after) {
        return events(query, limit, after, -1);
    }

    /** The same, with the total already known (a caller's cache of {@link #count}), or -1 to count it. */
    public Page events(EventQuery query, int limit, PageKey after, long knownTotal) {
        return withConnection(c -> {
            List<Object> params = new ArrayList<>();
            String where = query.where(params, true);
            long total = knownTotal >= 0 ? knownTotal : count(c, query);
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
            List<PageKey> page = ordered.subList(0, Math.min(limit, ordered.size()));
            return new Page(total, mentionsOf(c, page, where, params), next);
        });
    }

    /** Real-world events matching the filters. */
    public long count(EventQuery query) {
        return withConnection(c -> count(c, query));
    }

    private long count(Connection c, EventQuery query) throws SQLException {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement p = prepare(c, "SELECT count(DISTINCT e.cluster_id) FROM events e" + query.where(params, true),
                params); ResultSet r = p.executeQuery()) {
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

    private static List<Cluster> mentionsOf(Connection c, List<PageKey> page, String where, List<Object> params)
            throws SQLException {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, List<StoredEvent>> byCluster = new LinkedHashMap<>();
        List<Object> all = new ArrayList<>(params);
        for (PageKey k : page) {
            byCluster.put(k.clusterId(), new ArrayList<>());
            all.add(k.clusterId());
        }
        LocalDate first = page.get(0).day();
        LocalDate last = page.get(page.size() - 1).day().plusDays(CLUSTER_SPAN_DAYS);
        String days;
        if (first.equals(NO_DAY)) {
            days = "(e.date_start IS NULL OR e.date_start <= ?) AND ";
            all.add(all.size() - page.size(), last);
        } else {
            days = "e.date_start >= ? AND e.date_start <= ? AND ";
            all.add(all.size() - page.size(), first);
            all.add(all.size() - page.size(), last);
        }
        String sql = "SELECT " + EventRows.eventColumns() + " FROM events e"
                + (where.isEmpty() ? " WHERE " : where + " AND ") + days + "e.cluster_id IN ("
                + String.join(", ", Collections.nCopies(page.size(), "?")) + ") ORDER BY e.date_start, e.event_id";
        // Events first, then their articles by id: joining the articles table would scan all of it.
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement p = prepare(c, sql, all); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                rows.add(new Object[] {EventRows.readEvent(r), r.getString("article_id"), r.getString("cluster_id"),
                    EventRows.timestamp(r, "stored_at")});
            }
        }
        Map<String, Object[]> articles = ArticleRows.headers(c,
                rows.stream().map(row -> (String) row[1]).distinct().toList());
        for (Object[] row : rows) {
            Object[] a = articles.getOrDefault((String) row[1], new Object[5]);
            byCluster.get((String) row[2]).add(new StoredEvent((Event) row[0], (String) row[1], (String) row[2],
                    (LocalDate) a[0], (String) a[1], (String) a[2], (String) a[3], (String) a[4],
                    (java.time.LocalDateTime) row[3]));
        }
        List<Cluster> out = new ArrayList<>();
        byCluster.forEach((id, ms) -> out.add(new Cluster(id, ms)));
        return out;
    }

    /** A real-world event with every one of its mentions, whatever the filters; empty when there is none. */
    public Optional<Cluster> event(String clusterId) {
        return withConnection(c -> {
            List<StoredEvent> ms = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + MENTION_COLUMNS
                    + " FROM events e JOIN articles a ON a.article_id = e.article_id WHERE e.cluster_id = ?"
                    + " ORDER BY e.date_start, e.event_id")) {
                p.setString(1, clusterId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ms.add(mention(r));
                    }
                }
            }
            return ms.isEmpty() ? Optional.<Cluster>empty() : Optional.of(new Cluster(clusterId, ms));
        });
    }

    /** A stored article with its text and its coded events, quotes and places (offsets into the text). */
    public record StoredArticle(CodedArticle coded, Map<String, String> clusterOf) {
    }

    public Optional<StoredArticle> article(String articleId) {
        return withConnection(c -> {
            Article article;
            try (PreparedStatement p = c.prepareStatement("SELECT article_id, title, published, source, url, language,"
                    + " body, origin FROM articles WHERE article_id = ?")) {
                p.setString(1, articleId);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<StoredArticle>empty();
                    }
                    article = new Article(r.getString(1), r.getString(2), EventRows.date(r, "published"), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7), r.getString(8));
                }
            }
            List<Event> events = new ArrayList<>();
            Map<String, String> clusterOf = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + EventRows.eventColumns()
                    + " FROM events e WHERE e.article_id = ? ORDER BY e.ordinal")) {
                p.setString(1, articleId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Event e = EventRows.readEvent(r);
                        events.add(e);
                        clusterOf.put(e.id(), r.getString("cluster_id"));
                    }
                }
            }
            List<Quote> quotes = ArticleRows.quotes(c, articleId);
            List<Place> places = ArticleRows.places(c, articleId);
            CodedArticle coded = new CodedArticle(new AnnotatedArticle(article, List.of(), List.of()),
                    events, quotes, places);
            return Optional.of(new StoredArticle(coded, clusterOf));
        });
    }

    /**
     * Streams the mentions matching the filters (the rows of {@code sitrep export}), ordered by date then id,
     * or by cluster. PostgreSQL fetches them in batches inside a read transaction.
     */
    @Override
    public void forEach(EventQuery query, boolean byCluster, java.util.function.Consumer<StoredEvent> consumer) {
        withConnection(c -> {
            List<Object> params = new ArrayList<>();
            String sql = "SELECT " + MENTION_COLUMNS + " FROM events e JOIN articles a ON a.article_id = e.article_id"
                    + query.where(params, byCluster)
                    + (byCluster ? " ORDER BY e.cluster_id, e.date_start, e.event_id" : " ORDER BY e.date_start, e.event_id")
                    + (query.limit() == null ? "" : " LIMIT " + query.limit());
            c.setAutoCommit(false);
            try (PreparedStatement p = prepare(c, sql, params)) {
                p.setFetchSize(1000);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        consumer.accept(mention(r));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            return null;
        });
    }

    @Override
    public String articleText(String articleId) {
        return withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT body FROM articles WHERE article_id = ?")) {
                p.setString(1, articleId);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
    }

    /** Real-world events in the whole store. */
    public long eventCount() {
        return withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(DISTINCT cluster_id) FROM events");
                 ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** Work done on one pooled connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** The connection this thread holds, so work nested in a stream (an export reading article texts) reuses it. */
    private final ThreadLocal<Connection> held = new ThreadLocal<>();

    <T> T withConnection(Work<T> work) {
        Connection mine = held.get();
        if (mine != null) {
            try {
                return work.run(mine);
            } catch (SQLException e) {
                throw new StoreException(location.display(), location.dialect().describe(e), e);
            }
        }
        Connection c;
        try {
            c = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(location.display(), "interrupted while waiting for a database connection");
        }
        held.set(c);
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(location.display(), location.dialect().describe(e), e);
        } finally {
            held.remove();
            pool.add(c);
        }
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        try {
            bind(p, params);
            return p;
        } catch (SQLException e) {
            p.close();
            throw e;
        }
    }

    static StoredEvent mention(ResultSet r) throws SQLException {
        return new StoredEvent(EventRows.readEvent(r), r.getString("article_id"), r.getString("cluster_id"),
                EventRows.date(r, "article_published"), r.getString("article_source"), r.getString("article_url"),
                r.getString("article_title"), r.getString("article_origin"), EventRows.timestamp(r, "stored_at"));
    }

    static void bind(PreparedStatement p, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            BatchSink.bind(p, i + 1, params.get(i));
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more to do
        }
    }

    @Override
    public void close() {
        all.forEach(StoreReader::closeQuietly);
    }
}
