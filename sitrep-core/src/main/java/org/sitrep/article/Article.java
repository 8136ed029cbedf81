package org.sitrep.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source, before any annotation.
 *
 * @param id        stable identifier: the record's own id or URL, else the file's path relative to the
 *                  ingested folder plus a hash of its bytes (docs/limits.md, Identity)
 * @param title     headline, or null
 * @param published publication date, or null when unknown
 * @param source    publisher or feed name, or null
 * @param url       where the article came from, or null
 * @param language  ISO 639-1 language code, "en" for now
 * @param text      the article body; all offsets in Sitrep count UTF-16 units into this string
 * @param origin    where it was read (path, path:line, "-"), for messages
 */
public record Article(String id, String title, LocalDate published, String source, String url,
                      String language, String text, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (language == null) {
            language = "en";
        }
        if (origin == null) {
            origin = id;
        }
    }

    /** A new article with the same fields but another id. */
    public Article withId(String newId) {
        return new Article(newId, title, published, source, url, language, text, origin);
    }

    /** A new article with the same fields but another publication date. */
    public Article withPublished(LocalDate date) {
        return new Article(id, title, date, source, url, language, text, origin);
    }
}
