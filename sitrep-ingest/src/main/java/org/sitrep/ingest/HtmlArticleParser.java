package org.sitrep.ingest;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;

/**
 * HTML pages: the main article text by boilerpipe's ArticleExtractor (drops navigation, ads and
 * footers), the headline and publication date from the usual meta tags, via jsoup.
 */
final class HtmlArticleParser {
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=date]", "meta[name=DC.date.issued]", "meta[name=dc.date]",
            "meta[name=parsely-pub-date]", "meta[name=sailthru.date]");

    private static final String BOILERPLATE = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], .advert, .ad, .ads, "
            + ".cookie, .newsletter, .share, .social, .related";

    private HtmlArticleParser() {
    }

    static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(200, head.length())).toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head>");
    }

    static Article parse(String id, String html, String origin, IngestOptions options, ArticleSink sink)
            throws InputException {
        return parse(id, Jsoup.parse(html), origin, options, null, sink);
    }

    /**
     * A parsed page to an article.
     *
     * @param fallbackPublished the date to use when the page's meta tags give none (a WARC record's date, a
     *                          feed item's), before {@code --published}; or null
     */
    static Article parse(String id, Document doc, String origin, IngestOptions options, LocalDate fallbackPublished,
                         ArticleSink sink) throws InputException {
        String body;
        try {
            body = ArticleExtractor.INSTANCE.getText(cleaned(doc));
        } catch (BoilerpipeProcessingException | RuntimeException e) {
            throw new InputException(origin, "could not extract the article text from the HTML page");
        }
        if (body == null || body.isBlank()) {
            body = doc.body() == null ? "" : doc.body().text();
        }
        TextArticleParser.requireBody(body, origin);
        LocalDate published = publishedDate(doc);
        if (published == null) {
            published = fallbackPublished != null ? fallbackPublished : options.defaultPublished();
        }
        if (published == null) {
            sink.warn(origin, "no publication date in the page's meta tags; event dates will be unanchored");
        }
        String url = attr(doc, "link[rel=canonical]", "href");
        if (url == null) {
            url = attr(doc, "meta[property=og:url]", "content");
        }
        String title = title(doc);
        Element h1 = doc.selectFirst("h1");
        String text = blocks(body, title, h1 == null ? null : h1.text());
        TextArticleParser.requireBody(text, origin);
        return new Article(id, title, published, attr(doc, "meta[property=og:site_name]", "content"), url,
                "en", text, origin);
    }

    /**
     * The extracted text with its blocks (headings, paragraphs) separated by a blank line, so that the
     * sentence splitter, which breaks at a blank line, never runs a heading into the next sentence. A first
     * block that repeats the title or the page's main heading is dropped: as in the other input formats, the headline is the
     * article's title, not part of its text.
     */
    static String blocks(String extracted, String... headlines) {
        String text = extracted.strip().replaceAll("[ \t]*(\r?\n)+[ \t]*", "\n\n");
        int end = text.indexOf("\n\n");
        if (end > 0) {
            String first = text.substring(0, end).replaceAll("\\s+", " ");
            for (String headline : headlines) {
                if (headline != null && first.equalsIgnoreCase(headline.strip().replaceAll("\\s+", " "))) {
                    return text.substring(end + 2);
                }
            }
        }
        return text;
    }

    /** The page without the parts that are never article text, as HTML for the extractor. */
    private static String cleaned(Document doc) {
        Document copy = doc.clone();
        copy.select(BOILERPLATE).remove();
        Element article = copy.selectFirst("article");
        if (article != null && article.text().length() > 200) {
            copy.body().empty().appendChild(article);
        }
        return copy.outerHtml();
    }

    private static String title(Document doc) {
        String t = attr(doc, "meta[property=og:title]", "content");
        if (t == null) {
            Element h1 = doc.selectFirst("h1");
            t = h1 != null ? h1.text() : doc.title();
        }
        return t == null || t.isBlank() ? null : t.strip();
    }

    static LocalDate publishedDate(Document doc) {
        for (String selector : DATE_META) {
            LocalDate d = isoDay(attr(doc, selector, "content"));
            if (d != null) {
                return d;
            }
        }
        Element time = doc.selectFirst("time[datetime]");
        return time == null ? null : isoDay(time.attr("datetime"));
    }

    private static LocalDate isoDay(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String v = e.attr(attribute);
        return v.isBlank() ? null : v.strip();
    }
}
