package org.sitrep.spark;

import org.sitrep.nlp.NlpOptions;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.runtime.StandardPipeline;

/**
 * The one pipeline of this JVM: built by the first task that needs it, then shared by every task the
 * executor runs (the pipeline is safe for concurrent use, as {@code BatchCoder}'s threads rely on too).
 * In {@code local[N]} mode the driver is the executor, so a test JVM loads CoreNLP once.
 */
public final class ExecutorPipeline {
    private static volatile Pipeline pipeline;
    private static volatile int builds;

    private ExecutorPipeline() {
    }

    /** The standard chain with the options {@code sitrep code} uses by default. */
    public static Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (ExecutorPipeline.class) {
                p = pipeline;
                if (p == null) {
                    p = StandardPipeline.standard(options());
                    builds++;
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /** How many times this JVM built the pipeline (1 once any task ran). */
    public static int builds() {
        return builds;
    }

    /** {@code sitrep code}'s defaults: the measured parser, NER on, only needed sentences parsed. */
    static NlpOptions options() {
        NlpOptions d = NlpOptions.defaults();
        return new NlpOptions(d.parser(), d.bidirectionalPos(), true, false, NlpOptions.DEFAULT_MAX_PARSE_TOKENS);
    }
}
