package org.sitrep.ingest.feed;

import java.time.Instant;
import java.util.Optional;

/**
 * What a poller remembers between polls and across restarts: each feed's conditional-GET validators and
 * last outcome, and each item already turned into a stored article (by URL and content hash). The store
 * keeps it in the event database; an item is recorded only after its article is stored, so a crash between
 * the two repeats the item (and the store skips the article it already holds) instead of losing it.
 */
public interface FeedLedger {
    /** A feed's state as last recorded. */
    record FeedState(String url, String title, String etag, String lastModified, Instant lastPoll,
                     String lastError) {
    }

    Optional<FeedState> feed(String url);

    /** True when an item with this URL and this content hash has been stored. */
    boolean seen(String itemUrl, String contentHash);

    /** Records an item whose article is stored. */
    void markSeen(String feedUrl, String itemUrl, String contentHash, String articleId);

    /** Records a poll of a feed: validators to send next time (null: none) and the error, or null. */
    void recordPoll(String feedUrl, String title, String etag, String lastModified, Instant at, String error);
}
