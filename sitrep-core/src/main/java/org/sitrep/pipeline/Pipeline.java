package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.model.CodedArticle;

/**
 * The whole chain for one article: annotation, then each extraction stage in order. Thread-safe when
 * its stages are; records how long each stage takes.
 */
public final class Pipeline {
    private final Stage<Article, AnnotatedArticle> annotator;
    private final List<Stage<CodedArticle, CodedArticle>> extractors;
    private final StageTimings timings = new StageTimings();

    public Pipeline(Stage<Article, AnnotatedArticle> annotator, List<Stage<CodedArticle, CodedArticle>> extractors) {
        this.annotator = annotator;
        this.extractors = List.copyOf(extractors);
        checkOrder(annotator, this.extractors);
    }

    /**
     * Fails when a stage comes before a stage whose output it requires, naming both; the annotator is
     * taken to provide {@link Provision#ANNOTATION} whether or not it declares it.
     */
    static void checkOrder(Stage<Article, AnnotatedArticle> annotator,
                           List<Stage<CodedArticle, CodedArticle>> extractors) {
        java.util.EnumSet<Provision> present = java.util.EnumSet.of(Provision.ANNOTATION);
        present.addAll(annotator.provides());
        for (Stage<CodedArticle, CodedArticle> stage : extractors) {
            java.util.EnumSet<Provision> missing = java.util.EnumSet.noneOf(Provision.class);
            missing.addAll(stage.requires());
            missing.removeAll(present);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '" + stage.name() + "' requires " + missing
                        + " but the stages before it provide only " + present);
            }
            present.addAll(stage.provides());
        }
    }

    public CodedArticle run(Article article) {
        long t0 = System.nanoTime();
        AnnotatedArticle annotated = annotator.apply(article);
        timings.add(annotator.name(), System.nanoTime() - t0);
        return extract(annotated);
    }

    /** Runs only the extraction stages on an already annotated article. */
    public CodedArticle extract(AnnotatedArticle annotated) {
        CodedArticle coded = CodedArticle.of(annotated);
        for (Stage<CodedArticle, CodedArticle> stage : extractors) {
            long t = System.nanoTime();
            coded = stage.apply(coded);
            timings.add(stage.name(), System.nanoTime() - t);
        }
        return coded;
    }

    /** The same stages with timings started afresh (e.g. after a warm-up pass). */
    public Pipeline freshTimings() {
        return new Pipeline(annotator, extractors);
    }

    public StageTimings timings() {
        return timings;
    }

    public List<String> stageNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(annotator.name()),
                extractors.stream().map(Stage::name)).toList();
    }
}
