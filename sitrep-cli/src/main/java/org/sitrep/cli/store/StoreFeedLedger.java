package org.sitrep.cli.store;

import java.time.Instant;
import java.util.Optional;
import org.sitrep.ingest.feed.FeedLedger;
import org.sitrep.store.FeedStore;

/** The poller's ledger kept in the event store's feed tables. */
final class StoreFeedLedger implements FeedLedger {
    private final FeedStore feeds;

    StoreFeedLedger(FeedStore feeds) {
        this.feeds = feeds;
    }

    @Override
    public Optional<FeedState> feed(String url) {
        return feeds.feed(url).map(r -> new FeedState(r.url(), r.title(), r.etag(), r.lastModified(), r.lastPoll(),
                r.lastError()));
    }

    @Override
    public boolean seen(String itemUrl, String contentHash) {
        return feeds.seen(itemUrl, contentHash);
    }

    @Override
    public void markSeen(String feedUrl, String itemUrl, String contentHash, String articleId) {
        feeds.markSeen(feedUrl, itemUrl, contentHash, articleId, Instant.now());
    }

    @Override
    public void recordPoll(String feedUrl, String title, String etag, String lastModified, Instant at, String error) {
        feeds.recordPoll(feedUrl, title, etag, lastModified, at, error);
    }
}
