package org.sitrep.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;
import org.sitrep.ingest.ArticleSink;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.WebPage;
import org.sitrep.ingest.WebPageReader;

/**
 * Polls feeds once: fetches each (conditionally), and for each item not yet stored with this content fetches
 * its page and reads it with the HTML reader (the feed's {@code content:encoded} or Atom content when the
 * page fails), hands the article on, and records the item only once the handler has stored it. A feed's
 * validators are kept for the next conditional GET only when all its items were handled, so an item that
 * failed is tried again. Each failed feed or page is one line to the error consumer; the others go on.
 */
public final class FeedPoller {
    /** Stores an article; throws to leave the item unrecorded (it is tried again next poll). */
    public interface ArticleHandler {
        void handle(Article article) throws Exception;
    }

    private final Fetcher fetcher;
    private final FeedLedger ledger;
    private final WebPageReader pages;
    private final Consumer<String> errors;
    private final Clock clock;
    private BooleanSupplier stopping = () -> false;

    public FeedPoller(Fetcher fetcher, FeedLedger ledger, IngestOptions options, Consumer<String> errors, Clock clock) {
        this.fetcher = fetcher;
        this.ledger = ledger;
        this.pages = new WebPageReader(options);
        this.errors = errors;
        this.clock = clock;
    }

    /** Asked between items; when true the poll ends early, recording what was done. */
    public FeedPoller stopWhen(BooleanSupplier stop) {
        this.stopping = stop;
        return this;
    }

    public PollReport poll(List<String> feedUrls, ArticleHandler handler) {
        int[] c = new int[8];
        for (String url : feedUrls) {
            if (stopping.getAsBoolean()) {
                break;
            }
            c[0]++;
            pollFeed(url, handler, c);
        }
        return new PollReport(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    private void pollFeed(String url, ArticleHandler handler, int[] c) {
        Optional<FeedLedger.FeedState> state = ledger.feed(url);
        String etag = state.map(FeedLedger.FeedState::etag).orElse(null);
        String modified = state.map(FeedLedger.FeedState::lastModified).orElse(null);
        String title = state.map(FeedLedger.FeedState::title).orElse(null);
        Feed feed;
        FetchResponse response;
        try {
            response = fetcher.get(url, etag, modified);
            if (response.notModified()) {
                c[1]++;
                ledger.recordPoll(url, title, etag, modified, clock.instant(), null);
                return;
            }
            feed = FeedParser.parse(response.body(), response.contentType(), url);
        } catch (InputException e) {
            c[2]++;
            errors.accept("feed " + e.getMessage());
            ledger.recordPoll(url, title, etag, modified, clock.instant(), e.problem());
            return;
        }
        int failed = 0;
        boolean complete = true;
        for (FeedItem item : feed.items()) {
            if (stopping.getAsBoolean()) {
                complete = false;
                break;
            }
            c[3]++;
            if (ledger.seen(item.link(), item.contentHash())) {
                c[4]++;
                continue;
            }
            Article article = article(feed, item, c);
            if (article == null) {
                failed++;
                continue;
            }
            try {
                handler.handle(article);
                ledger.markSeen(url, item.link(), item.contentHash(), article.id());
                c[5]++;
            } catch (Exception e) {
                failed++;
                errors.accept("page " + item.link() + ": not stored (" + e.getMessage() + "); tried again next poll");
            }
        }
        c[7] += failed;
        boolean keep = failed == 0 && complete;
        ledger.recordPoll(url, feed.title(), keep ? response.etag() : etag, keep ? response.lastModified() : modified,
                clock.instant(), failed == 0 ? null : failed + " item(s) failed");
    }

    /** The item's article from its page, else from the feed's content; null (and one error line) if neither. */
    private Article article(Feed feed, FeedItem item, int[] c) {
        String problem;
        try {
            FetchResponse page = fetcher.get(item.link());
            String type = page.contentType() == null ? "text/html" : page.contentType().toLowerCase(java.util.Locale.ROOT);
            if (!type.contains("html")) {
                throw new InputException(item.link(), "not an HTML page (" + page.contentType() + ")");
            }
            return pages.read(page(item, feed, page.body(), page.charset()), QUIET);
        } catch (InputException e) {
            problem = e.getMessage();
        }
        String content = item.content() != null ? item.content() : null;
        if (content != null) {
            try {
                byte[] html = ("<!doctype html><html><head><meta charset=\"utf-8\"></head><body><article>" + content
                        + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
                Article a = pages.read(page(item, feed, html, "UTF-8"), QUIET);
                c[6]++;
                errors.accept("page " + problem + "; used the feed's own content");
                return a;
            } catch (InputException e) {
                problem = problem + "; the feed's content: " + e.problem();
            }
        }
        errors.accept("page " + problem + "; tried again next poll");
        return null;
    }

    private static WebPage page(FeedItem item, Feed feed, byte[] body, String charset) {
        return new WebPage(item.link(), body, charset, item.link(), item.title(), item.published(), null, feed.title());
    }

    private static final ArticleSink QUIET = new ArticleSink() {
        @Override
        public void accept(Article article) {
        }

        @Override
        public void reject(InputException problem) {
        }
    };
}
