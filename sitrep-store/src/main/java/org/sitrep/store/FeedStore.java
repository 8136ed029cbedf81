package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The feed-state tables of an event store ({@code feeds}, {@code feed_items}, see {@code feed-state.sql}):
 * what {@code sitrep watch} remembers across restarts. Each write is its own transaction on the store's
 * connection; the article itself is stored first by {@link EventStore#store}, so a crash in between repeats
 * an item, and the store skips the article it already holds.
 */
public final class FeedStore {
    /** A feed's recorded state. */
    public record FeedRow(String url, String title, String etag, String lastModified, Instant lastPoll,
                          String lastError, int polls) {
    }

    private final EventStore store;
    private final Connection connection;

    private FeedStore(EventStore store) {
        this.store = store;
        this.connection = store.connection();
    }

    /** The feed tables of this store, created on first use. */
    public static FeedStore of(EventStore store) {
        FeedStore f = new FeedStore(store);
        try (InputStream in = FeedStore.class.getResourceAsStream("feed-state.sql");
             Statement s = f.connection.createStatement()) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String statement : Migrations.statements(sql)) {
                s.execute(statement);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read feed-state.sql", e);
        } catch (SQLException e) {
            throw f.failure(e);
        }
        return f;
    }

    public Optional<FeedRow> feed(String url) {
        try (PreparedStatement p = connection.prepareStatement("SELECT feed_url, title, etag, last_modified,"
                + " last_poll, last_error, polls FROM feeds WHERE feed_url = ?")) {
            p.setString(1, url);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Timestamp t = r.getTimestamp(5);
                return Optional.of(new FeedRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        t == null ? null : t.toInstant(), r.getString(6), r.getInt(7)));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Every feed recorded, by URL. */
    public List<FeedRow> feeds() {
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT feed_url FROM feeds ORDER BY feed_url")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out.stream().map(u -> feed(u).orElseThrow()).toList();
    }

    public boolean seen(String itemUrl, String contentHash) {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT 1 FROM feed_items WHERE item_url = ? AND content_hash = ?")) {
            p.setString(1, itemUrl);
            p.setString(2, contentHash);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Items recorded. */
    public long itemCount() {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM feed_items")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public void markSeen(String feedUrl, String itemUrl, String contentHash, String articleId, Instant at) {
        update("INSERT INTO feed_items (item_url, content_hash, feed_url, article_id, first_seen, last_stored)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (item_url) DO UPDATE SET"
                        + " content_hash = excluded.content_hash, article_id = excluded.article_id,"
                        + " last_stored = excluded.last_stored",
                itemUrl, contentHash, feedUrl, articleId, Timestamp.from(at), Timestamp.from(at));
    }

    public void recordPoll(String feedUrl, String title, String etag, String lastModified, Instant at, String error) {
        update("INSERT INTO feeds (feed_url, title, etag, last_modified, last_poll, last_error, polls)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (feed_url) DO UPDATE SET title = excluded.title,"
                        + " etag = excluded.etag, last_modified = excluded.last_modified,"
                        + " last_poll = excluded.last_poll, last_error = excluded.last_error, polls = feeds.polls + 1",
                feedUrl, title, etag, lastModified, Timestamp.from(at), error);
    }

    private void update(String sql, Object... params) {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] == null) {
                    p.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    p.setObject(i + 1, params[i]);
                }
            }
            p.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private StoreException failure(SQLException e) {
        return new StoreException(store.location().display(), EventStore.describe(store.location(), e), e);
    }
}
