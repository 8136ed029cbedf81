package org.sitrep.cli.store;

import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpOptions;
import org.sitrep.pipeline.Stage;

/**
 * The CoreNLP annotator, loaded on the first article that needs it: a rerun of {@code sitrep ingest} over
 * articles that are all stored already does not pay the model loading time. Thread-safe.
 */
final class LazyAnnotator implements Stage<Article, AnnotatedArticle> {
    private final NlpOptions options;
    private volatile CoreNlpAnnotator annotator;

    LazyAnnotator(NlpOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public AnnotatedArticle apply(Article input) {
        CoreNlpAnnotator a = annotator;
        if (a == null) {
            synchronized (this) {
                a = annotator;
                if (a == null) {
                    a = new CoreNlpAnnotator(options);
                    annotator = a;
                }
            }
        }
        return a.apply(input);
    }
}
