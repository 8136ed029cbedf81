package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.actor.ActorLexicon;
import org.sitrep.actor.ActorResolver;
import org.sitrep.event.EventCoder;
import org.sitrep.geo.Geocoder;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpOptions;
import org.sitrep.pipeline.CodedArticle;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;
import org.sitrep.quote.QuoteExtractor;
import org.sitrep.time.EventDater;

/** Builds the standard pipeline that every command uses: annotate, then the extraction stages in order. */
public final class Pipelines {
    private Pipelines() {
    }

    public static Pipeline standard(NlpOptions nlp) {
        return new Pipeline(new CoreNlpAnnotator(nlp), extractionStages());
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
}
