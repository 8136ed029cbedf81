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
class WatchCommandIT {
    static final String HTML = "text/html; charset=utf-8";
    static final String GOMA = "Soldiers attacked rebels near Goma on Monday, killing four fighters, local officials said.";
    static final String KINSHASA = "Police arrested ten protesters in Kinshasa on Tuesday after a march on parliament.";
    static final String KIGALI = "Rwanda's foreign minister met the Congolese president in Kinshasa on Wednesday to discuss the fighting.";

    @TempDir
    Path dir;

    private final NewsServer server;

    WatchCommandIT() throws Exception {
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

    /**
     * A watcher killed with SIGKILL in the middle of a poll (while it fetches a page), then run again: every
     * item is stored exactly once. The watcher runs in its own JVM, as a user runs it.
     */
    @Test
    void killedMidPollAndRerunEveryItemIsStoredOnce() throws Exception {
        String[] texts = {GOMA, KINSHASA, KIGALI, GOMA.replace("four", "six"), KINSHASA.replace("ten", "twelve"),
                KIGALI.replace("Wednesday", "Thursday")};
        String[] items = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            items[i] = rssItem("Story " + i, server.url("/story" + i), "Mon, 18 Mar 2024 10:00:00 GMT", "s" + i, null);
            server.put("/story" + i, Reply.ok(HTML, page("Story " + i, texts[i])).slow(1500));
        }
        server.put("/rss", Reply.ok("application/rss+xml", rss("Wire", items)));
        Path db = dir.resolve("killed.duckdb");

        Process first = watcher(db, "first.log");
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (pageRequests() < 3 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(first.isAlive()).as("killed while polling: " + Files.readString(dir.resolve("first.log"))).isTrue();
        first.destroyForcibly().waitFor();
        long fetchedBeforeKill = pageRequests();

        Process second = watcher(db, "second.log");
        assertThat(second.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("second.log"));
        assertThat(second.exitValue()).as(log).isZero();
        assertThat(log).doesNotContain("Exception");

        try (EventStore store = EventStore.open(StoreLocation.duckDb(db))) {
            assertThat(store.summary().articles()).isEqualTo(texts.length);
            assertThat(FeedStore.of(store).itemCount()).isEqualTo(texts.length);
            java.util.Map<String, Long> perArticle = new java.util.HashMap<>();
            store.query(EventQuery.all()).forEach(e -> perArticle.merge(e.articleId(), 1L, Long::sum));
            assertThat(perArticle.keySet()).as("every story coded").hasSize(texts.length);
        }
        assertThat(pageRequests()).as("only what was not stored is fetched again")
                .isLessThanOrEqualTo(texts.length + 2).isGreaterThanOrEqualTo(fetchedBeforeKill);
    }

    private long pageRequests() {
        return server.requests.stream().filter(r -> r.path().startsWith("/story")).count();
    }

    private Process watcher(Path db, String log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.sitrep.cli.Main", "watch", "--once", "--db", db.toString(), "--threads", "1",
                "--host-delay", "0s", server.url("/rss"))
                .redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
    }
}
