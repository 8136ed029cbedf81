package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.event.EventCoder;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpOptions;
import org.sitrep.pipeline.CodedArticle;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;

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
        return stages;
    }
}
