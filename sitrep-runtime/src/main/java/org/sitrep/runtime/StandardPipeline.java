package org.sitrep.runtime;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.actor.ActorLexicon;
import org.sitrep.actor.ActorResolver;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.event.EventCoder;
import org.sitrep.geo.Geocoder;
import org.sitrep.model.CodedArticle;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpOptions;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Provision;
import org.sitrep.pipeline.Stage;
import org.sitrep.quote.QuoteExtractor;
import org.sitrep.time.EventDater;

/**
 * The standard pipeline that every runner uses: annotate, then the extraction stages in their declared
 * order (events, quotes, actors, places, dates). {@link Pipeline} checks that order when it is built.
 */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    /** The whole chain with CoreNLP loaded now. */
    public static Pipeline standard(NlpOptions nlp) {
        return new Pipeline(new CoreNlpAnnotator(nlp), extractionStages());
    }

    /** The whole chain with CoreNLP loaded when the first article reaches it. */
    public static Pipeline lazy(NlpOptions nlp) {
        return new Pipeline(new LazyAnnotator(nlp), extractionStages());
    }

    /** The whole chain behind a given annotator (tests hand in a shared one). */
    public static Pipeline with(Stage<Article, AnnotatedArticle> annotator) {
        return new Pipeline(annotator, extractionStages());
    }

    /** The extraction stages, in order: events, quotes, actors, places, dates. */
    public static List<Stage<CodedArticle, CodedArticle>> extractionStages() {
        List<Stage<CodedArticle, CodedArticle>> stages = new ArrayList<>();
        stages.add(EventCoder.load());
        ActorLexicon actors = ActorLexicon.load();
        stages.add(new QuoteExtractor(actors));
        stages.add(new ActorResolver(actors));
        stages.add(Geocoder.load());
        stages.add(EventDater.load());
        return stages;
    }

    /**
     * The extraction stages up to and including the first one that provides {@code last}: what an
     * evaluation of that stage needs, and nothing after it.
     */
    public static List<Stage<CodedArticle, CodedArticle>> extractionStagesThrough(Provision last) {
        List<Stage<CodedArticle, CodedArticle>> all = extractionStages();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).provides().contains(last)) {
                return List.copyOf(all.subList(0, i + 1));
            }
        }
        throw new IllegalArgumentException("no standard stage provides " + last);
    }
}
