package org.sitrep.runtime;

import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpOptions;
import org.sitrep.pipeline.AnnotationStage;

/**
 * The CoreNLP annotator, loaded on the first article that needs it: a rerun of {@code sitrep ingest} over
 * articles that are all stored already does not pay the model loading time. Thread-safe.
 */
public final class LazyAnnotator implements AnnotationStage {
    private final NlpOptions options;
    private static final java.util.concurrent.atomic.AtomicInteger LOADING = new java.util.concurrent.atomic.AtomicInteger();
    private volatile CoreNlpAnnotator annotator;

    public LazyAnnotator(NlpOptions options) {
        this.options = options;
    }

    /** True while some lazy annotator is loading its models (not counted in an article's time budget). */
    static boolean loading() {
        return LOADING.get() > 0;
    }

    @Override
    public AnnotatedArticle apply(Article input) {
        CoreNlpAnnotator a = annotator;
        if (a == null) {
            synchronized (this) {
                a = annotator;
                if (a == null) {
                    LOADING.incrementAndGet();
                    try {
                        a = new CoreNlpAnnotator(options);
                    } finally {
                        LOADING.decrementAndGet();
                    }
                    annotator = a;
                }
            }
        }
        return a.apply(input);
    }
}
