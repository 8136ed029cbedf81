package org.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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
    /** For a reader that holds no connection: how long a query waits for a file another process writes; else null. */
    private final java.time.Duration lockWait;

    private StoreReader(StoreLocation location, List<Connection> connections, java.time.Duration lockWait) {
        this.location = location;
        this.all = List.copyOf(connections);
        this.pool = connections.isEmpty() ? null : new ArrayBlockingQueue<>(connections.size(), false, connections);
        this.lockWait = lockWait;
    }

    /**
     * A reader of a DuckDB file that another process (a {@code sitrep ingest}) may write meanwhile: it holds no
     * connection, each query opens the file read-only (waiting up to {@code lockWait} while a batch is written)
     * and closes it after. Checks now that the store can be opened. Any other store gets the pool of
     * {@link #open}.
     */
    public static StoreReader sharing(StoreLocation location, int connections, java.time.Duration lockWait) {
        if (location.dialect() != Dialect.DUCKDB || location.file() == null) {
            return open(location, connections);
        }
        closeQuietly(LockWait.retrying(lockWait, () -> ReadOnlyOpen.connect(location)));
        return new StoreReader(location, List.of(), lockWait);
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
            return new StoreReader(location, opened, null);
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
        return withConnection(c -> EventPages.page(c, query, limit, after, knownTotal));
    }

    /**
     * A mention as the API's JSON pieces (see {@link MentionJson}).
     *
     * @param eventFields the contract event object's fields after {@code "id"}, without braces
     * @param mention     the mention's entry in an event's {@code mentions} list
     */
    public record JsonMention(String eventId, String articleId, String clusterId, String eventFields, String mention) {
    }

    /** A real-world event of a page: its cluster id and its matching mentions as JSON pieces, by date. */
    public record JsonCluster(String clusterId, List<JsonMention> mentions) {
        public JsonCluster {
            mentions = List.copyOf(mentions);
        }

        /** The cluster's first mention when present, else its earliest one (as {@link Cluster#representative}). */
        public JsonMention representative() {
            return mentions.stream().filter(m -> m.eventId().equals(clusterId)).findFirst().orElse(mentions.get(0));
        }
    }

    /** A page of {@link #events} with each mention as its JSON pieces. */
    public record JsonPage(long total, List<JsonCluster> events, PageKey next) {
    }

    /**
     * The page {@link #events} gives, each mention as its JSON pieces read from the store (made when it was
     * stored; built here from the row for the few that have none).
     */
    public JsonPage jsonEvents(EventQuery query, int limit, PageKey after, long knownTotal) {
        return withConnection(c -> EventPages.jsonPage(c, query, limit, after, knownTotal));
    }

    /** The API JSON of these mentions, built from their rows (for rows stored without it). */
    public Map<String, JsonMention> builtJson(List<String> eventIds) {
        return withConnection(c -> EventPages.built(c, eventIds));
    }

    /** Real-world events matching the filters. */
    public long count(EventQuery query) {
        return withConnection(c -> EventPages.count(c, query));
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

    /** Mentions stored without the API's JSON (before schema V007): {@code /events} builds theirs on every read. */
    public long mentionsWithoutJson() {
        return withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM events WHERE api_mention IS NULL");
                 ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
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
        if (pool == null) {
            Connection own = LockWait.retrying(lockWait, () -> ReadOnlyOpen.connect(location));
            held.set(own);
            try {
                return work.run(own);
            } catch (SQLException e) {
                throw new StoreException(location.display(), location.dialect().describe(e), e);
            } finally {
                held.remove();
                closeQuietly(own);
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
