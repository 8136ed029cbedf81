package org.sitrep.ingest;

import org.sitrep.article.Article;
import org.sitrep.article.InputException;

/** Receives what a reader produced: articles in input order, and each rejected input. */
public interface ArticleSink {
    void accept(Article article);

    void reject(InputException problem);

    /** A note about an accepted input that the user should see (e.g. no publication date). */
    default void warn(String origin, String message) {
    }
}
