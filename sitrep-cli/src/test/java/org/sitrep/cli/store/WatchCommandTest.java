package org.sitrep.cli.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.feed.Feeds.atom;
import static org.sitrep.ingest.feed.Feeds.page;
import static org.sitrep.ingest.feed.Feeds.rss;
import static org.sitrep.ingest.feed.Feeds.rssItem;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.TestAnnotator;
import org.sitrep.ingest.feed.NewsServer;
import org.sitrep.ingest.feed.NewsServer.Reply;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.FeedStore;
import org.sitrep.store.StoreLocation;
import picocli.CommandLine;

/** {@code sitrep watch --once} end to end: a loopback news server, the real pipeline, a DuckDB store. */
class WatchCommandTest {
    static final String HTML = "text/html; charset=utf-8";
    static final String GOMA = "Soldiers attacked rebels near Goma on Monday, killing four fighters, local officials said.";
    static final String KINSHASA = "Police arrested ten protesters in Kinshasa on Tuesday after a march on parliament.";
    static final String KIGALI = "Rwanda's foreign minister met the Congolese president in Kinshasa on Wednesday to discuss the fighting.";

    @TempDir
    Path dir;

    private final NewsServer server;

    WatchCommandTest() throws Exception {
        server = new NewsServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    record Run(int exit, String err) {
    }

    private Run watch(String... args) {
        WatchCommand command = new WatchCommand();
        command.annotators = options -> TestAnnotator.shared();
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(command).execute(args);
            return new Run(exit, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void watchOnceStoresEveryItemOnceAndARerunStoresNothingNew() throws Exception {
        server.put("/rss", Reply.ok("application/rss+xml", rss("Great Lakes Wire",
                        rssItem("Clash near Goma", server.url("/goma"), "Mon, 18 Mar 2024 10:00:00 GMT", "c", null),
                        rssItem("Arrests in Kinshasa", server.url("/kinshasa"), "Tue, 19 Mar 2024 10:00:00 GMT", "a", null),
                        rssItem("Missing", server.url("/missing"), "Tue, 19 Mar 2024 11:00:00 GMT", "m", null)))
                        .withEtag("\"r1\""))
                .put("/atom", Reply.ok("application/atom+xml", atom("Atom Desk", "Talks in Kinshasa",
                        server.url("/talks"), "2024-03-20T12:00:00Z", null)))
                .put("/goma", Reply.ok(HTML, page("Clash near Goma", GOMA)))
                .put("/kinshasa", Reply.ok(HTML, page("Arrests in Kinshasa", KINSHASA)).gzipped())
                .put("/talks", Reply.ok(HTML, page("Talks in Kinshasa", KIGALI)));
        Path list = Files.writeString(dir.resolve("feeds.txt"), "# the test feeds\n" + server.url("/rss") + "\n\n"
                + server.url("/atom") + "\n");
        Path db = dir.resolve("news.duckdb");
        String[] args = {"--once", "--db", db.toString(), "--threads", "1", "--retries", "0", "--host-delay", "0s",
                list.toString()};

        Run first = watch(args);
        assertThat(first.exit()).as(first.err()).isEqualTo(2);
        assertThat(first.err()).contains("sitrep: page " + server.url("/missing") + ": HTTP 404; tried again next poll")
                .contains("2 feed(s) polled (0 not modified, 0 failed): 4 item(s), 0 already stored, 3 new")
                .contains("database now 3 articles").doesNotContain("Exception");

        server.put("/missing", Reply.ok(HTML, page("Found", GOMA.replace("four", "five"))));
        Run second = watch(args);
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).contains("2 feed(s) polled (0 not modified, 0 failed): 4 item(s), 3 already stored, 1 new")
                .contains("database now 4 articles");
        Run third = watch(args);
        assertThat(third.err()).contains("(1 not modified, 0 failed): 1 item(s), 1 already stored, 0 new");
        assertThat(server.count("/goma")).isEqualTo(1);
        assertThat(server.count("/kinshasa")).isEqualTo(1);

        try (EventStore store = EventStore.open(StoreLocation.duckDb(db))) {
            assertThat(store.summary().articles()).isEqualTo(4);
            assertThat(store.query(EventQuery.all())).extracting(e -> e.articleId()).contains(server.url("/goma"));
            FeedStore feeds = FeedStore.of(store);
            assertThat(feeds.itemCount()).isEqualTo(4);
            FeedStore.FeedRow rss = feeds.feed(server.url("/rss")).orElseThrow();
            assertThat(rss.title()).isEqualTo("Great Lakes Wire");
            assertThat(rss.etag()).isEqualTo("\"r1\"");
            assertThat(rss.polls()).isEqualTo(3);
            assertThat(rss.lastError()).isNull();
        }
    }

    @Test
    void aBadFeedListIsOneLine() throws Exception {
        Path list = Files.writeString(dir.resolve("feeds.txt"), "ftp://nowhere/feed\n");
        Run run = watch("--once", "--db", dir.resolve("x.duckdb").toString(), list.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("sitrep: " + list + ":1: not an http(s) feed URL: ftp://nowhere/feed");
        Run bad = watch("--once", "--every", "soon", server.url("/rss"));
        assertThat(bad.exit()).isEqualTo(2);
    }
}
