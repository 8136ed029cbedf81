package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed-state tables on DuckDB (and on PostgreSQL when SITREP_TEST_POSTGRES_URL is set): kept across reopening. */
class FeedStoreTest {
    @TempDir
    Path dir;

    private static final Instant T1 = Instant.parse("2024-03-14T10:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-14T10:15:00Z");

    @Test
    void duckDbKeepsFeedStateAcrossReopening() {
        roundTrip(StoreLocation.duckDb(dir.resolve("feeds.duckdb")));
    }

    @Test
    void postgresKeepsFeedStateAcrossReopening() throws Exception {
        String url = PostgresStoreTest.url();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        roundTrip(StoreLocation.parse(url));
    }

    private void roundTrip(StoreLocation location) {
        try (EventStore store = EventStore.open(location)) {
            FeedStore feeds = FeedStore.of(store);
            assertThat(feeds.feed("http://news.example/rss")).isEmpty();
            feeds.recordPoll("http://news.example/rss", "Wire", "\"v1\"", "Thu, 14 Mar 2024 09:00:00 GMT", T1, null);
            feeds.markSeen("http://news.example/rss", "http://news.example/a", "h1", "http://news.example/a", T1);
            feeds.markSeen("http://news.example/rss", "http://news.example/b", "h2", "http://news.example/b", T1);
        }
        try (EventStore store = EventStore.open(location)) {
            FeedStore feeds = FeedStore.of(store);
            FeedStore.FeedRow row = feeds.feed("http://news.example/rss").orElseThrow();
            assertThat(row.title()).isEqualTo("Wire");
            assertThat(row.etag()).isEqualTo("\"v1\"");
            assertThat(row.lastModified()).isEqualTo("Thu, 14 Mar 2024 09:00:00 GMT");
            assertThat(row.lastPoll()).isEqualTo(T1);
            assertThat(row.polls()).isEqualTo(1);
            assertThat(feeds.seen("http://news.example/a", "h1")).isTrue();
            assertThat(feeds.seen("http://news.example/a", "changed")).isFalse();
            assertThat(feeds.seen("http://news.example/c", "h1")).isFalse();

            feeds.recordPoll("http://news.example/rss", "Wire", null, null, T2, "HTTP 500 after 3 tries");
            feeds.markSeen("http://news.example/rss", "http://news.example/a", "changed", "http://news.example/a", T2);
            row = feeds.feed("http://news.example/rss").orElseThrow();
            assertThat(row.etag()).isNull();
            assertThat(row.lastError()).isEqualTo("HTTP 500 after 3 tries");
            assertThat(row.lastPoll()).isEqualTo(T2);
            assertThat(row.polls()).isEqualTo(2);
            assertThat(feeds.seen("http://news.example/a", "changed")).isTrue();
            assertThat(feeds.seen("http://news.example/a", "h1")).isFalse();
            assertThat(feeds.itemCount()).isEqualTo(2);
            assertThat(feeds.feeds()).extracting(FeedStore.FeedRow::url).containsExactly("http://news.example/rss");
        }
    }
}
