package org.sitrep.cli.store;

import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.pipeline.Stage;
import picocli.CommandLine;

/** {@code sitrep ingest ARGS} on a given annotator, so a test JVM that already loaded CoreNLP does not load it twice. */
public final class IngestWithAnnotator {
    private IngestWithAnnotator() {
    }

    public static int run(Stage<Article, AnnotatedArticle> annotator, String... args) {
        IngestCommand command = new IngestCommand();
        command.annotators = options -> annotator;
        return new CommandLine(command).execute(args);
    }
}
