package org.sitrep.ingest.feed;

/**
 * What one poll of all feeds did.
 *
 * @param feeds       feeds polled
 * @param notModified feeds that answered 304 Not Modified
 * @param failedFeeds feeds that could not be fetched or parsed
 * @param items       items in the feeds that changed
 * @param seen        items already stored with the same content
 * @param stored      new or changed items handed on as articles
 * @param fromFeed    of those, articles made from the feed's own content because the page failed
 * @param failedItems items neither page nor feed content could give (retried next poll)
 */
public record PollReport(int feeds, int notModified, int failedFeeds, int items, int seen, int stored,
                         int fromFeed, int failedItems) {
    public String line() {
        return String.format(java.util.Locale.ROOT, "%d feed(s) polled (%d not modified, %d failed): %d item(s),"
                        + " %d already stored, %d new (%d from the feed's own content), %d failed",
                feeds, notModified, failedFeeds, items, seen, stored, fromFeed, failedItems);
    }
}
