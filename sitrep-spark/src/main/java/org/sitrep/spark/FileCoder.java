package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ArticleSink;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.CodedArticle;
import org.sitrep.output.ContractJson;
import org.sitrep.pipeline.Pipeline;

/**
 * The two steps of a job on an executor: a file's bytes to articles (with the readers of {@code sitrep code}),
 * and articles to contract JSON lines (with the JVM's one pipeline). Neither step throws for a bad input: it
 * becomes a rejected {@link Outcome}.
 */
final class FileCoder {
    private FileCoder() {
    }

    /** Reads one file (its path or URI and an open stream) into read articles and rejections. */
    static List<Outcome> read(String name, InputStream in) {
        List<Outcome> out = new ArrayList<>();
        try (in) {
            new ArticleReader(IngestOptions.defaults()).readContent(name, in, new ArticleSink() {
                @Override
                public void accept(Article article) {
                    out.add(Outcome.read(SourceArticle.of(article)));
                }

                @Override
                public void reject(InputException problem) {
                    out.add(Outcome.rejected(problem.input(), problem.problem()));
                }
            });
        } catch (IOException | RuntimeException e) {
            out.add(Outcome.rejected(name, "cannot read file: " + e));
        }
        return out;
    }

    /** Codes each read article of a partition; passes rejections through. */
    static Iterator<Outcome> code(Iterator<Outcome> items) {
        List<Outcome> out = new ArrayList<>();
        while (items.hasNext()) {
            Outcome item = items.next();
            if (!item.isRead()) {
                out.add(item);
                continue;
            }
            Article article = item.read().article();
            try {
                Pipeline pipeline = ExecutorPipeline.get();
                CodedArticle coded = pipeline.run(article);
                out.add(Outcome.coded(item.read(), ContractJson.line(coded)));
            } catch (RuntimeException e) {
                out.add(Outcome.rejected(article.origin(), "could not be coded: " + e));
            }
        }
        return out.iterator();
    }
}
