/**
 * Feeds: polling RSS 0.9x/2.0 and Atom 1.0 feeds (parsed with Rome) and fetching each new item's page with
 * the JDK HTTP client, politely (conditional GET, gzip, per-host delay, timeouts, a size cap, retries with
 * backoff). Decides which items are new from a {@link org.sitrep.ingest.feed.FeedLedger} and turns each
 * into an article with the HTML reader, or from the feed's own content when the page cannot be fetched.
 */
package org.sitrep.ingest.feed;
