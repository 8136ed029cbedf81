package org.sitrep.server;

import org.sitrep.article.Article;
import org.sitrep.model.CodedArticle;

/** Codes one article (the standard pipeline, given by whoever starts the server). Must be thread-safe. */
@FunctionalInterface
public interface ArticleCoder {
    CodedArticle code(Article article);
}
