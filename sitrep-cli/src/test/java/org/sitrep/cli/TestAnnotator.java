package org.sitrep.cli;

import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.pipeline.Pipeline;

/**
 * One CoreNLP annotator (and standard pipeline) per test JVM: loading the models takes seconds, so
 * every test class in this module shares them. Test code only.
 */
public final class TestAnnotator {
    private static CoreNlpAnnotator annotator;
    private static Pipeline pipeline;

    private TestAnnotator() {
    }

    public static synchronized CoreNlpAnnotator shared() {
        if (annotator == null) {
            annotator = new CoreNlpAnnotator();
        }
        return annotator;
    }

    /** The standard pipeline (all extraction stages) on the shared annotator. */
    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(shared(), Pipelines.extractionStages());
        }
        return pipeline;
    }
}
