package org.sitrep.ingest.feed;

import java.time.LocalDate;

/**
 * One item of a feed as the feed describes it.
 *
 * @param link        the item's page (absolute URL): the article's id and URL
 * @param title       the item's title, or null
 * @param published   its publication (else update) date, UTC, or null
 * @param content     its full content ({@code content:encoded}, Atom {@code content}) as HTML, or null
 * @param summary     its description or summary as HTML, or null
 * @param contentHash SHA-256 over link, title, date, content and summary: a changed item is fetched again
 */
public record FeedItem(String link, String title, LocalDate published, String content, String summary,
                       String contentHash) {
}
