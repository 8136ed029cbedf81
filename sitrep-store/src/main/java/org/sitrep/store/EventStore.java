package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.article.Article;
import org.sitrep.dedup.MergeRule;
import org.sitrep.model.Event;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;

/**
 * The event store over one JDBC connection. Each article is stored in one transaction together with its
 * events, quotes, places and dedup decisions, so a crash leaves either the whole article or nothing.
 * Storing the same article again (same id, same content hash) changes nothing. Not thread-safe: one
 * writer per store; the CLI codes in parallel and stores from one thread.
 */
public final class EventStore implements MentionSource, AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EventStore.class);
    private static final long LOW_DISK_BYTES = 4L * 1024 * 1024;

    private final StoreLocation location;
    private final Connection connection;
    private final ClusterSearch clusterSearch;

    private EventStore(StoreLocation location, Connection connection, MergeRule mergeRule) {
        this.location = location;
        this.connection = connection;
        this.clusterSearch = new ClusterSearch(connection, mergeRule);
    }

    /** Opens (creating on first use) the store and brings its schema up to date. */
    public static EventStore open(StoreLocation location) {
        return open(location, MergeRule.standard());
    }

    public static EventStore open(StoreLocation location, MergeRule mergeRule) {
        if (location.file() != null) {
            Path dir = location.file().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new StoreException(location.display(), "the directory " + dir + " does not exist");
            }
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(location.jdbcUrl(), location.dialect().connectionProperties());
        } catch (SQLException e) {
            throw new StoreException(location.display(), describe(location, e), e);
        }
        try {
            Migrations.apply(connection, location.dialect());
            return new EventStore(location, connection, mergeRule);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException(location.display(), describe(location, e), e);
        }
    }

    /**
     * Opens an existing store to read it, waiting up to {@code wait} while another process writes a DuckDB file
     * (see {@link ReadOnlyOpen}).
     */
    public static EventStore openForReading(StoreLocation location, java.time.Duration wait) {
        return LockWait.retrying(wait, () -> new EventStore(location, ReadOnlyOpen.connect(location), MergeRule.standard()));
    }

    public StoreLocation location() {
        return location;
    }

    /** The content hash and origin of the article stored under this id, or empty when there is none. */
    public java.util.Optional<StoredVersion> storedVersion(String articleId) {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT content_hash, origin FROM articles WHERE article_id = ?")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? java.util.Optional.of(new StoredVersion(r.getString(1), r.getString(2)))
                        : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** What is stored under an article id: its content hash and where it was read. */
    public record StoredVersion(String contentHash, String origin) {
    }

    /** True when this article, with this very content, is already stored: coding it again can be skipped. */
    public boolean isStored(Article article) {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT content_hash FROM articles WHERE article_id = ?")) {
            p.setString(1, article.id());
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getString(1).equals(ContentHash.of(article));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Stores one coded article atomically; see {@link IngestOutcome}. */
    public IngestOutcome store(CodedArticle coded) {
        Article article = coded.article();
        String hash = ContentHash.of(article);
        try {
            connection.setAutoCommit(false);
            try {
                long t0 = System.nanoTime();
                IngestOutcome outcome = storeInTransaction(coded, article, hash);
                long t1 = System.nanoTime();
                connection.commit();
                if (LOG.isDebugEnabled()) {
                    LOG.debug("{}: {} in {} ms, commit {} ms", article.id(), outcome, (t1 - t0) / 1_000_000,
                            (System.nanoTime() - t1) / 1_000_000);
                }
                return outcome;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private IngestOutcome storeInTransaction(CodedArticle coded, Article article, String hash) throws SQLException {
        // The first statement opens the transaction; DuckDB's appender then writes inside it.
        String storedHash = null;
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT content_hash FROM articles WHERE article_id = ?")) {
            p.setString(1, article.id());
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    storedHash = r.getString(1);
                }
            }
        }
        if (hash.equals(storedHash)) {
            return IngestOutcome.UNCHANGED;
        }
        if (storedHash != null) {
            for (Table t : List.of(Table.EVENTS, Table.QUOTES, Table.PLACES, Table.ARTICLES)) {
                try (PreparedStatement d = connection.prepareStatement(
                        "DELETE FROM " + t.name() + " WHERE article_id = ?")) {
                    d.setString(1, article.id());
                    d.executeUpdate();
                }
            }
        }
        List<Event> events = dated(coded.events(), article);
        List<String> clusters = new ArrayList<>(events.size());
        long t0 = System.nanoTime();
        clusters.addAll(clusterSearch.clustersFor(events, article.id()));
        LOG.debug("{}: dedup of {} events in {} ms", article.id(), events.size(), (System.nanoTime() - t0) / 1_000_000);
        java.time.LocalDateTime now = EventRows.nowUtc();
        try (RowSink rows = location.dialect().rowSink(connection, Table.ARTICLES)) {
            rows.add(EventRows.article(article, hash, events.size(), now));
        }
        if (!events.isEmpty()) {
            try (RowSink rows = location.dialect().rowSink(connection, Table.EVENTS)) {
                for (int i = 0; i < events.size(); i++) {
                    rows.add(EventRows.event(events.get(i), article, i, clusters.get(i), now));
                }
            }
        }
        List<Quote> quotes = coded.quotes();
        if (!quotes.isEmpty()) {
            try (RowSink rows = location.dialect().rowSink(connection, Table.QUOTES)) {
                for (int i = 0; i < quotes.size(); i++) {
                    rows.add(EventRows.quote(quotes.get(i), article.id(), i));
                }
            }
        }
        List<Place> places = coded.places();
        if (!places.isEmpty()) {
            try (RowSink rows = location.dialect().rowSink(connection, Table.PLACES)) {
                for (int i = 0; i < places.size(); i++) {
                    rows.add(EventRows.place(places.get(i), article.id(), i));
                }
            }
        }
        return storedHash == null ? IngestOutcome.STORED : IngestOutcome.REPLACED;
    }

    /**
     * Events as the contract reports them: one that no stage dated gets the publication day with precision
     * {@code unknown}, so date filters and dedup see it.
     */
    static List<Event> dated(List<Event> events, Article article) {
        if (article.published() == null) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(e.date() != null ? e : e.withDate(org.sitrep.model.EventDate.unknownAround(article.published())));
        }
        return out;
    }


    /** The stored mentions that pass the filters, ordered by date, then id. */
    public List<StoredEvent> query(EventQuery query) {
        List<StoredEvent> out = new ArrayList<>();
        forEach(query, false, out::add);
        return out;
    }

    /**
     * Streams matching mentions to a consumer without holding them all.
     *
     * @param byCluster order by real-world event (cluster), so the mentions of one come together
     */
    @Override
    public void forEach(EventQuery query, boolean byCluster, Consumer<StoredEvent> consumer) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + EventRows.eventColumns() + ", a.published AS article_published,"
                + " a.source AS article_source, a.url AS article_url, a.title AS article_title,"
                + " a.origin AS article_origin"
                + " FROM events e JOIN articles a ON a.article_id = e.article_id"
                + query.where(params, byCluster)
                + (byCluster ? " ORDER BY e.cluster_id, e.date_start, e.event_id" : " ORDER BY e.date_start, e.event_id")
                + (query.limit() == null ? "" : " LIMIT " + query.limit());
        // Inside a transaction, PostgreSQL's driver streams rows in fetch-size batches instead of loading all.
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure(e);
        }
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setFetchSize(1000);
            bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    consumer.accept(new StoredEvent(EventRows.readEvent(r), r.getString("article_id"),
                            r.getString("cluster_id"), EventRows.date(r, "article_published"),
                            r.getString("article_source"), r.getString("article_url"), r.getString("article_title"),
                            r.getString("article_origin"), EventRows.timestamp(r, "stored_at")));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure(e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable; the next call reports it
            }
        }
    }

    /** The stored text of an article, or null when it is not stored. */
    @Override
    public String articleText(String articleId) {
        try (PreparedStatement p = connection.prepareStatement("SELECT body FROM articles WHERE article_id = ?")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Counts for a summary line: articles, event mentions, real-world events after dedup. */
    public record Summary(long articles, long mentions, long events) {
    }

    public Summary summary() {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
                     + " (SELECT count(*) FROM event_clusters)")) {
            r.next();
            return new Summary(r.getLong(1), r.getLong(2), r.getLong(3));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The schema version the database is at. */
    public int schemaVersion() {
        try {
            return Migrations.currentVersion(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Appends pre-built event rows in one transaction without dedup: the benchmark's bulk path (and a
     * loader for event data coded elsewhere). Articles must be given before their events.
     */
    public void bulkLoad(List<Article> articles, List<Event> events, java.util.function.Function<Event, String> articleOf) {
        try {
            connection.setAutoCommit(false);
            try {
                try (Statement s = connection.createStatement()) {
                    s.execute("SELECT count(*) FROM articles");
                }
                java.time.LocalDateTime now = EventRows.nowUtc();
                try (RowSink rows = location.dialect().rowSink(connection, Table.ARTICLES)) {
                    for (Article a : articles) {
                        rows.add(EventRows.article(a, ContentHash.of(a), 0, now));
                    }
                }
                java.util.Map<String, Article> byId = new java.util.HashMap<>();
                articles.forEach(a -> byId.put(a.id(), a));
                try (RowSink rows = location.dialect().rowSink(connection, Table.EVENTS)) {
                    int i = 0;
                    for (Event e : events) {
                        String id = articleOf.apply(e);
                        Article a = byId.get(id);
                        rows.add(a == null ? EventRows.event(e, id, i++, e.id(), now) : EventRows.event(e, a, i++, e.id(), now));
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    Connection connection() {
        return connection;
    }

    static void bind(PreparedStatement p, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            BatchSink.bind(p, i + 1, params.get(i));
        }
    }

    private StoreException failure(SQLException e) {
        return new StoreException(location.display(), describe(location, e), e);
    }

    /**
     * The driver's error in words, except that a write failure on a full disk is called that: DuckDB does
     * not always say so (a failed WAL write can surface as "no transaction is active").
     */
    static String describe(StoreLocation location, SQLException e) {
        if (location.file() != null) {
            try {
                Path dir = location.file().toAbsolutePath().getParent();
                long free = Files.getFileStore(dir).getUsableSpace();
                if (free < LOW_DISK_BYTES) {
                    return "the disk is full (" + free / 1024 + " KB left); free some space and run again"
                            + " (what was stored before is kept)";
                }
            } catch (java.io.IOException | RuntimeException ignored) {
                // fall back to the driver's words
            }
        }
        return location.dialect().describe(e);
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
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
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }
}
