package org.sitrep.ingest.feed;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A ledger held in memory: the poller's state for tests that need no database. */
final class MemoryLedger implements FeedLedger {
    final Map<String, FeedState> feeds = new HashMap<>();
    final Map<String, String> items = new HashMap<>();

    @Override
    public Optional<FeedState> feed(String url) {
        return Optional.ofNullable(feeds.get(url));
    }

    @Override
    public boolean seen(String itemUrl, String contentHash) {
        return contentHash.equals(items.get(itemUrl));
    }

    @Override
    public void markSeen(String feedUrl, String itemUrl, String contentHash, String articleId) {
        items.put(itemUrl, contentHash);
    }

    @Override
    public void recordPoll(String feedUrl, String title, String etag, String lastModified, Instant at, String error) {
        feeds.put(feedUrl, new FeedState(feedUrl, title, etag, lastModified, at, error));
    }
}
