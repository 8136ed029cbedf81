package org.sitrep.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.sitrep.article.Article;

/** An article as read on an executor, in a form Spark can shuffle to the task that codes it. */
record SourceArticle(String id, String title, String published, String source, String url, String language,
                     String text, String origin) implements Serializable {
    static SourceArticle of(Article a) {
        return new SourceArticle(a.id(), a.title(), a.published() == null ? null : a.published().toString(),
                a.source(), a.url(), a.language(), a.text(), a.origin());
    }

    Article article() {
        return new Article(id, title, published == null ? null : LocalDate.parse(published), source, url, language,
                text, origin);
    }
}
