package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;

/**
 * Reads one fetched or archived HTML page with the same HTML reader as {@code .html} files: the page's
 * charset from the server, else from the page, the main text by boilerpipe, the date from the meta tags.
 * The page's URL is the article's id, so the same page from a feed, an archive or a rerun is one article.
 */
public final class WebPageReader {
    private static final int SNIFF = 8192;

    private final IngestOptions options;

    public WebPageReader(IngestOptions options) {
        this.options = options;
    }

    public Article read(WebPage page, ArticleSink sink) throws InputException {
        byte[] body = page.body();
        if (body.length == 0) {
            throw new InputException(page.origin(), "empty page");
        }
        if (body.length > options.maxBytes()) {
            throw new InputException(page.origin(), "page is " + body.length + " bytes, over the limit of "
                    + options.maxBytes() + " bytes (see --max-bytes)");
        }
        for (int i = 0; i < Math.min(body.length, SNIFF); i++) {
            if (body[i] == 0) {
                throw new InputException(page.origin(), "binary content (contains NUL bytes), not an HTML page");
            }
        }
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(body), supported(page.charset()), page.url());
        } catch (IOException | RuntimeException e) {
            throw new InputException(page.origin(), "cannot read the HTML page (" + e.getMessage() + ")");
        }
        LocalDate fallback = page.fallbackPublished();
        Article a = HtmlArticleParser.parse(page.url(), doc, page.origin(), options,
                page.published() != null ? page.published() : fallback, silentWhen(page.published() != null, sink));
        LocalDate published = page.published() != null ? page.published() : a.published();
        return new Article(page.url(), page.title() != null ? page.title() : a.title(), published,
                page.source() != null ? page.source() : a.source(), page.url(), a.language(), a.text(), page.origin());
    }

    /** The declared charset if the JVM knows it; else null, and jsoup reads it from the page. */
    private static String supported(String charset) {
        if (charset == null || charset.isBlank()) {
            return null;
        }
        try {
            return Charset.isSupported(charset.strip()) ? charset.strip() : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The sink, or one that drops the "no date" warning when the source gave the date anyway. */
    private static ArticleSink silentWhen(boolean dated, ArticleSink sink) {
        if (!dated) {
            return sink;
        }
        return new ArticleSink() {
            @Override
            public void accept(Article article) {
                sink.accept(article);
            }

            @Override
            public void reject(InputException problem) {
                sink.reject(problem);
            }
        };
    }
}
