package org.sitrep.ingest;

import java.time.LocalDate;

/**
 * One HTML page as fetched from the web or read from an archive, with what its source already says about
 * it. The page's URL becomes the article's id and URL.
 *
 * @param url               where the page was fetched from (a WARC record's target URI, a feed item's link)
 * @param body              the page's bytes as served (after any transfer or content encoding is undone)
 * @param charset           the charset the server declared, or null to take it from the page (else UTF-8)
 * @param origin            how messages name the page (the URL, or archive@offset)
 * @param title             a headline that wins over the page's own (a feed item's title), or null
 * @param published         a publication date that wins over the page's meta tags (a feed item's), or null
 * @param fallbackPublished a date used only when the page's meta tags give none (a WARC-Date), or null
 * @param source            the publisher or feed name that wins over the page's site name, or null
 */
public record WebPage(String url, byte[] body, String charset, String origin, String title, LocalDate published,
                      LocalDate fallbackPublished, String source) {
    /** A page with nothing known about it but where it came from. */
    public static WebPage of(String url, byte[] body, String charset) {
        return new WebPage(url, body, charset, url, null, null, null, null);
    }
}
