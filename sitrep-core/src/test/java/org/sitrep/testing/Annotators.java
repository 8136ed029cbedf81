package org.sitrep.testing;

import java.util.function.Function;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.pipeline.AnnotationStage;
import org.sitrep.pipeline.Provision;

/** Stand-ins for CoreNLP in tests that need no language models: an annotation stage from a function. */
public final class Annotators {
    private Annotators() {
    }

    /** An "annotate" stage providing {@link Provision#ANNOTATION} that applies the function. */
    public static AnnotationStage of(Function<Article, AnnotatedArticle> annotate) {
        return annotate::apply;
    }
}
