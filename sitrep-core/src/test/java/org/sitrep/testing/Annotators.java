package org.sitrep.testing;

import java.util.Set;
import java.util.function.Function;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.pipeline.Provision;
import org.sitrep.pipeline.Stage;

/** Stand-ins for CoreNLP in tests that need no language models: an annotation stage from a function. */
public final class Annotators {
    private Annotators() {
    }

    /** An "annotate" stage providing {@link Provision#ANNOTATION} that applies the function. */
    public static Stage<Article, AnnotatedArticle> of(Function<Article, AnnotatedArticle> annotate) {
        return new Stage<>() {
            @Override
            public Set<Provision> provides() {
                return Set.of(Provision.ANNOTATION);
            }

            @Override
            public String name() {
                return "annotate";
            }

            @Override
            public AnnotatedArticle apply(Article article) {
                return annotate.apply(article);
            }
        };
    }
}
