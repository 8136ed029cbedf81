package org.sitrep.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.feed.Feeds.atom;
import static org.sitrep.ingest.feed.Feeds.page;
import static org.sitrep.ingest.feed.Feeds.rss;
import static org.sitrep.ingest.feed.Feeds.rssItem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.feed.NewsServer.Reply;

/** The poller against a real HTTP server on loopback. */
class FeedPollerTest {
    static final String GOMA = "Soldiers attacked rebels near Goma on Monday, killing four fighters, local officials said.";
    static final String GOMA2 = "The fighting forced hundreds of families to flee towards the city, aid workers said.";
    static final String KINSHASA = "Police arrested ten protesters in Kinshasa on Tuesday after a march on parliament.";
    static final String HTML = "text/html; charset=utf-8";
    static final String RSS = "application/rss+xml";

    private final NewsServer server = new NewsServer();
    private final MemoryLedger ledger = new MemoryLedger();
    private final List<String> errors = new ArrayList<>();
    private final List<Article> stored = new ArrayList<>();

    FeedPollerTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchPolicy policy() {
        return new FetchPolicy(Duration.ofSeconds(2), Duration.ofMillis(800), 5L * 1024 * 1024, 2,
                Duration.ofMillis(20), Duration.ZERO, "sitrep-test");
    }

    private PollReport poll(String... paths) {
        return poll(policy(), paths);
    }

    private PollReport poll(FetchPolicy policy, String... paths) {
        FeedPoller poller = new FeedPoller(new Fetcher(policy), ledger, IngestOptions.defaults(), errors::add,
                Clock.systemUTC());
        return poller.poll(Arrays.stream(paths).map(server::url).toList(), stored::add);
    }

    @Test
    void rssAndAtomItemsBecomeArticlesWithTheItemsDateTitleAndFeedName() {
        server.put("/rss", Reply.ok(RSS, rss("Great Lakes Wire",
                        rssItem("Clash near Goma", server.url("/goma"), "Mon, 18 Mar 2024 10:00:00 GMT", "Clash.", null),
                        rssItem("Arrests in Kinshasa", server.url("/kinshasa"), "Tue, 19 Mar 2024 08:00:00 GMT", "Arrests.", null))))
                .put("/atom", Reply.ok("application/atom+xml", atom("Atom Desk", "Fighting goes on", server.url("/goma2"),
                        "2024-03-20T12:00:00Z", null)))
                .put("/rss091", Reply.ok("text/xml", Feeds.rss091("Old Wire", "Kinshasa march", server.url("/march"))))
                .put("/goma", Reply.ok(HTML, page("Clash near Goma", GOMA, GOMA2)))
                .put("/kinshasa", Reply.ok(HTML, page("Arrests in Kinshasa", KINSHASA, KINSHASA)))
                .put("/goma2", Reply.ok(HTML, page("Fighting goes on", GOMA2, GOMA)))
                .put("/march", Reply.ok(HTML, page("March", KINSHASA, GOMA2)));
        PollReport report = poll("/rss", "/atom", "/rss091", "/rss");
        assertThat(errors).isEmpty();
        assertThat(stored).extracting(Article::id)
                .containsExactly(server.url("/goma"), server.url("/kinshasa"), server.url("/goma2"), server.url("/march"));
        Article goma = stored.get(0);
        assertThat(goma.title()).isEqualTo("Clash near Goma");
        assertThat(goma.published()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(goma.source()).isEqualTo("Great Lakes Wire");
        assertThat(goma.url()).isEqualTo(server.url("/goma"));
        assertThat(goma.text()).isEqualTo(GOMA + "\n\n" + GOMA2);
        assertThat(stored.get(2).source()).isEqualTo("Atom Desk");
        assertThat(stored.get(2).published()).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(stored.get(3).title()).isEqualTo("Kinshasa march");
        assertThat(stored.get(3).source()).isEqualTo("Old Wire");
        assertThat(report.stored()).isEqualTo(4);
        assertThat(report.seen()).as("the RSS feed polled again").isEqualTo(2);
        assertThat(server.count("/kinshasa")).isEqualTo(1);
    }

    @Test
    void contentEncodedIsUsedWhenThePageFailsAndAnItemWithNeitherIsTriedAgain() {
        server.put("/rss", Reply.ok(RSS, rss("Wire",
                        rssItem("Gone", server.url("/gone"), "Mon, 18 Mar 2024 10:00:00 GMT", "Clash.",
                                "<p>" + GOMA + "</p><p>" + GOMA2 + "</p>"),
                        rssItem("Broken", server.url("/broken"), "Mon, 18 Mar 2024 11:00:00 GMT", "Broken.", null))))
                .put("/gone", Reply.status(404)).put("/broken", Reply.status(500));
        PollReport report = poll("/rss");
        assertThat(stored).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(server.url("/gone"));
            assertThat(a.text()).isEqualTo(GOMA + "\n\n" + GOMA2);
            assertThat(a.title()).isEqualTo("Gone");
        });
        assertThat(report.fromFeed()).isEqualTo(1);
        assertThat(report.failedItems()).isEqualTo(1);
        assertThat(server.count("/gone")).as("a 404 is not retried").isEqualTo(1);
        assertThat(server.count("/broken")).as("a 500 is retried twice").isEqualTo(3);
        assertThat(errors).containsExactly(
                "page " + server.url("/gone") + ": HTTP 404; used the feed's own content",
                "page " + server.url("/broken") + ": HTTP 500 after 3 tries; tried again next poll");
        poll("/rss");
        assertThat(server.count("/gone")).as("stored from the feed: not fetched again").isEqualTo(1);
        assertThat(server.count("/broken")).isEqualTo(6);
    }

    @Test
    void aMalformedOrMissingFeedIsOneLineAndTheOthersGoOn() {
        server.put("/bad", Reply.ok(RSS, "<rss version=\"2.0\"><channel><title>Half a feed</title><item>"))
                .put("/html", Reply.ok(HTML, page("Not a feed", GOMA)))
                .put("/rss", Reply.ok(RSS, rss("Wire", rssItem("Clash", server.url("/goma"), "Mon, 18 Mar 2024 10:00:00 GMT", "c", null))))
                .put("/goma", Reply.ok(HTML, page("Clash", GOMA)));
        PollReport report = poll("/bad", "/missing", "/html", "/rss");
        assertThat(report.failedFeeds()).isEqualTo(3);
        assertThat(stored).extracting(Article::id).containsExactly(server.url("/goma"));
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).startsWith("feed " + server.url("/bad") + ": not a valid RSS or Atom feed").doesNotContain("\n");
        assertThat(errors.get(1)).isEqualTo("feed " + server.url("/missing") + ": HTTP 404");
        assertThat(errors.get(2)).startsWith("feed " + server.url("/html") + ": not a valid RSS or Atom feed");
        assertThat(ledger.feeds.get(server.url("/missing")).lastError()).isEqualTo("HTTP 404");
    }

    @Test
    void aSlowPageTimesOutAndTheNextIsRead() {
        server.put("/rss", Reply.ok(RSS, rss("Wire",
                        rssItem("Slow", server.url("/slow"), "Mon, 18 Mar 2024 10:00:00 GMT", "s", null),
                        rssItem("Fine", server.url("/fine"), "Mon, 18 Mar 2024 10:00:00 GMT", "f", null))))
                .put("/slow", Reply.ok(HTML, page("Slow", GOMA)).slow(4000))
                .put("/fine", Reply.ok(HTML, page("Fine", KINSHASA)));
        FetchPolicy once = new FetchPolicy(Duration.ofSeconds(2), Duration.ofMillis(1500), 5L * 1024 * 1024, 0,
                Duration.ofMillis(20), Duration.ZERO, "sitrep-test");
        long t0 = System.nanoTime();
        poll(once, "/rss");
        assertThat(stored).extracting(Article::id).containsExactly(server.url("/fine"));
        assertThat(errors).containsExactly(
                "page " + server.url("/slow") + ": timed out (no complete response within 1.5 s); tried again next poll");
        assertThat((System.nanoTime() - t0) / 1_000_000).as("the slow page is not waited for").isLessThan(3900);
    }

    @Test
    void aTwentyMegabytePageIsAbandonedAtTheCap() {
        byte[] huge = new byte[20 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        server.put("/rss", Reply.ok(RSS, rss("Wire",
                        rssItem("Huge", server.url("/huge"), "Mon, 18 Mar 2024 10:00:00 GMT", "h", null))))
                .put("/huge", new Reply(200, HTML, huge, null, null, false, 0));
        long t0 = System.nanoTime();
        poll("/rss");
        assertThat((System.nanoTime() - t0) / 1_000_000).as("not read to its end").isLessThan(5000);
        assertThat(errors).containsExactly(
                "page " + server.url("/huge") + ": response is over the size limit of 5242880 bytes; tried again next poll");
    }

    @Test
    void redirectsAreFollowedAndGzipIsUndone() {
        server.put("/rss", Reply.ok(RSS, rss("Wire",
                        rssItem("Moved", server.url("/old"), "Mon, 18 Mar 2024 10:00:00 GMT", "m", null))).gzipped())
                .put("/old", Reply.redirect("/new"))
                .put("/new", Reply.ok(HTML, page("Moved", GOMA, GOMA2)).gzipped());
        poll("/rss");
        assertThat(errors).isEmpty();
        assertThat(stored).singleElement().satisfies(a -> {
            assertThat(a.id()).as("the item's link names the article").isEqualTo(server.url("/old"));
            assertThat(a.text()).isEqualTo(GOMA + "\n\n" + GOMA2);
        });
        assertThat(server.requests).allSatisfy(r -> assertThat(r.acceptEncoding()).isEqualTo("gzip"));
        assertThat(server.count("/new")).isEqualTo(1);
    }

    @Test
    void itemsThatChangeBetweenPollsAreFetchedAgainAndTheOthersAreNot() {
        server.put("/rss", Reply.ok(RSS, rss("Wire",
                        rssItem("Clash", server.url("/goma"), "Mon, 18 Mar 2024 10:00:00 GMT", "first", null),
                        rssItem("Arrests", server.url("/kinshasa"), "Tue, 19 Mar 2024 10:00:00 GMT", "a", null))))
                .put("/goma", Reply.ok(HTML, page("Clash", GOMA)))
                .put("/kinshasa", Reply.ok(HTML, page("Arrests", KINSHASA)))
                .put("/goma2", Reply.ok(HTML, page("More fighting", GOMA2)));
        poll("/rss");
        assertThat(stored).hasSize(2);
        server.put("/rss", Reply.ok(RSS, rss("Wire",
                rssItem("More fighting", server.url("/goma2"), "Wed, 20 Mar 2024 10:00:00 GMT", "new", null),
                rssItem("Clash, updated", server.url("/goma"), "Mon, 18 Mar 2024 10:00:00 GMT", "updated", null),
                rssItem("Arrests", server.url("/kinshasa"), "Tue, 19 Mar 2024 10:00:00 GMT", "a", null))));
        PollReport second = poll("/rss");
        assertThat(second.seen()).isEqualTo(1);
        assertThat(second.stored()).isEqualTo(2);
        assertThat(stored.subList(2, 4)).extracting(Article::id).containsExactly(server.url("/goma2"), server.url("/goma"));
        assertThat(stored.get(3).title()).isEqualTo("Clash, updated");
        assertThat(server.count("/kinshasa")).isEqualTo(1);
        assertThat(server.count("/goma")).isEqualTo(2);
    }

    @Test
    void anUnchangedFeedAnswers304ToItsEtagAndNothingIsFetched() {
        server.put("/rss", Reply.ok(RSS, rss("Wire",
                        rssItem("Clash", server.url("/goma"), "Mon, 18 Mar 2024 10:00:00 GMT", "c", null))).withEtag("\"v1\""))
                .put("/goma", Reply.ok(HTML, page("Clash", GOMA)));
        poll("/rss");
        PollReport second = poll("/rss");
        assertThat(second.notModified()).isEqualTo(1);
        assertThat(second.items()).isZero();
        assertThat(server.requests).extracting(NewsServer.Request::ifNoneMatch).containsExactly(null, null, "\"v1\"");
        assertThat(server.count("/goma")).isEqualTo(1);
        assertThat(stored).hasSize(1);
    }

    @Test
    void theEtagIsNotKeptWhileAnItemFailed() {
        server.put("/rss", Reply.ok(RSS, rss("Wire",
                        rssItem("Broken", server.url("/broken"), "Mon, 18 Mar 2024 10:00:00 GMT", "b", null))).withEtag("\"v1\""))
                .put("/broken", Reply.status(503));
        poll("/rss");
        server.put("/broken", Reply.ok(HTML, page("Broken no more", GOMA)));
        PollReport second = poll("/rss");
        assertThat(second.notModified()).as("no If-None-Match was sent").isZero();
        assertThat(stored).extracting(Article::id).containsExactly(server.url("/broken"));
        assertThat(poll("/rss").notModified()).isEqualTo(1);
    }

    @Test
    void requestsToOneHostWaitThePerHostDelay() {
        server.put("/rss", Reply.ok(RSS, rss("Wire",
                        rssItem("One", server.url("/a"), "Mon, 18 Mar 2024 10:00:00 GMT", "1", null),
                        rssItem("Two", server.url("/b"), "Mon, 18 Mar 2024 10:00:00 GMT", "2", null))))
                .put("/a", Reply.ok(HTML, page("One", GOMA))).put("/b", Reply.ok(HTML, page("Two", KINSHASA)));
        FetchPolicy polite = new FetchPolicy(Duration.ofSeconds(2), Duration.ofSeconds(2), 1 << 20, 0,
                Duration.ofMillis(20), Duration.ofMillis(300), "sitrep-test");
        poll(polite, "/rss");
        assertThat(stored).hasSize(2);
        List<NewsServer.Request> r = server.requests;
        for (int i = 1; i < r.size(); i++) {
            // the delay is kept between sends; arrival times differ by the first request's latency at most
            assertThat((r.get(i).nanos() - r.get(i - 1).nanos()) / 1_000_000).isGreaterThanOrEqualTo(150);
        }
    }

    @Test
    void aStoreFailureLeavesTheItemToBeTriedAgain() {
        server.put("/rss", Reply.ok(RSS, rss("Wire",
                        rssItem("Clash", server.url("/goma"), "Mon, 18 Mar 2024 10:00:00 GMT", "c", null))))
                .put("/goma", Reply.ok(HTML, page("Clash", GOMA)));
        FeedPoller poller = new FeedPoller(new Fetcher(policy()), ledger, IngestOptions.defaults(), errors::add,
                Clock.systemUTC());
        PollReport first = poller.poll(List.of(server.url("/rss")), a -> {
            throw new IllegalStateException("disk full");
        });
        assertThat(first.failedItems()).isEqualTo(1);
        assertThat(errors).containsExactly("page " + server.url("/goma") + ": not stored (disk full); tried again next poll");
        poll("/rss");
        assertThat(stored).extracting(Article::id).containsExactly(server.url("/goma"));
        assertThat(new String(server.url("/").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).startsWith("http://127.0.0.1:");
    }
}
