package org.sitrep.spark;

import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpOptions;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;
import org.sitrep.runtime.StandardPipeline;

/**
 * The one pipeline of this JVM: built by the first task that needs it, then shared by every task the
 * executor runs (the pipeline is safe for concurrent use, as {@code BatchCoder}'s threads rely on too).
 * In {@code local[N]} mode the driver is the executor, so a test JVM loads CoreNLP once.
 */
public final class ExecutorPipeline {
    private static volatile Pipeline pipeline;
    private static volatile Stage<Article, AnnotatedArticle> annotator;
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
                    p = StandardPipeline.with(annotator());
                    builds++;
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /** The CoreNLP stage of that chain (a test hands it to {@code sitrep ingest} so the JVM loads CoreNLP once). */
    public static Stage<Article, AnnotatedArticle> annotator() {
        Stage<Article, AnnotatedArticle> a = annotator;
        if (a == null) {
            synchronized (ExecutorPipeline.class) {
                a = annotator;
                if (a == null) {
                    a = new CoreNlpAnnotator(options());
                    annotator = a;
                }
            }
        }
        return a;
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
