package org.sitrep.ingest;

import org.sitrep.article.Article;
import org.sitrep.article.InputException;

/** Passes every article through {@link ArticleBounds} before the real sink sees it. */
final class BoundedSink implements ArticleSink {
    private final ArticleBounds bounds;
    private final ArticleSink sink;

    BoundedSink(ArticleBounds bounds, ArticleSink sink) {
        this.bounds = bounds;
        this.sink = sink;
    }

    @Override
    public void accept(Article article) {
        Article bounded;
        try {
            bounded = bounds.apply(article, sink);
        } catch (InputException e) {
            sink.reject(e);
            return;
        }
        sink.accept(bounded);
    }

    @Override
    public void reject(InputException problem) {
        sink.reject(problem);
    }

    @Override
    public void warn(String origin, String message) {
        sink.warn(origin, message);
    }
}
