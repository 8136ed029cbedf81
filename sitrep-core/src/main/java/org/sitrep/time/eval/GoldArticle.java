package org.sitrep.time.eval;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.article.Article;

/**
 * One article of the time gold set.
 *
 * @param id        unique id within the set
 * @param published publication day
 * @param title     headline
 * @param text      article text, paragraphs separated by blank lines
 * @param events    its gold events in text order
 */
public record GoldArticle(String id, LocalDate published, String title, String text, List<GoldEvent> events) {
    public GoldArticle {
        events = List.copyOf(events);
    }

    /** The article as the pipeline reads it. */
    public Article toArticle(String origin) {
        return new Article(id, title, published, null, null, "en", text, origin);
    }
}
