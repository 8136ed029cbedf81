package org.sitrep.ingest.feed;

import java.util.List;

/**
 * A parsed feed.
 *
 * @param url   where it was fetched from
 * @param title the feed's title (the articles' source), or null
 * @param type  Rome's name for its format, e.g. {@code rss_2.0}, {@code atom_1.0}
 * @param items its items with a usable link, in feed order
 */
public record Feed(String url, String title, String type, List<FeedItem> items) {
}
