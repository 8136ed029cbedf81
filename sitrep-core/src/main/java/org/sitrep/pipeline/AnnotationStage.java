package org.sitrep.pipeline;

import java.util.Set;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;

/**
 * The pipeline's first step: linguistic annotation of an article's text. Named "annotate" and providing
 * {@link Provision#ANNOTATION}, whatever does the work (CoreNLP, its lazy loader, a test's stand-in).
 */
public interface AnnotationStage extends Stage<Article, AnnotatedArticle> {
    @Override
    default String name() {
        return "annotate";
    }

    @Override
    default Set<Provision> provides() {
        return Set.of(Provision.ANNOTATION);
    }
}
