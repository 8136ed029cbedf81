package org.sitrep.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ArticleSink;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.output.ContractSchema;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.runtime.StandardPipeline;

/**
 * One CoreNLP annotator (and standard pipeline) per test JVM: loading the models takes seconds, so
 * every test class in this module shares them, and the seed article is annotated once. Test code only.
 */
public final class TestAnnotator {
    /** The seed article, relative to the repository root. */
    public static final String SEED = "seed/000_b35c17ef438a9d61.txt";

    private static CoreNlpAnnotator annotator;
    private static Pipeline pipeline;
    private static AnnotatedArticle seed;

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
            pipeline = new Pipeline(shared(), StandardPipeline.extractionStages());
        }
        return pipeline;
    }

    /** Reads one article file with the real reader; a rejected file fails the test. */
    public static Article read(Path file) {
        List<Article> read = new ArrayList<>();
        new ArticleReader(IngestOptions.defaults()).read(List.of(file.toString()), new ArticleSink() {
            @Override
            public void accept(Article article) {
                read.add(article);
            }

            @Override
            public void reject(InputException problem) {
                throw new AssertionError(problem.getMessage());
            }
        });
        return read.get(0);
    }

    /** The seed article as read; skips the calling test when ../shared is absent. */
    public static Article seedArticle() {
        Path file = org.sitrep.testing.SharedData.file(SEED);
        assumeTrue(Files.exists(file), "../shared/seed is absent: seed test skipped");
        return read(file);
    }

    /** The seed article annotated once per JVM; skips the calling test when ../shared is absent. */
    public static synchronized AnnotatedArticle seedAnnotated() {
        Article article = seedArticle();
        if (seed == null) {
            seed = shared().apply(article);
        }
        return seed;
    }
}
