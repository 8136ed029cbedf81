package org.sitrep.runtime;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ArticleSink;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Codes a batch on a pool of worker threads sharing one pipeline, handing results on in input order.
 * A bad input or an article that fails to code is reported and the batch goes on.
 */
public final class BatchCoder {
    private static final Logger LOG = LoggerFactory.getLogger(BatchCoder.class);

    private final Pipeline pipeline;
    private final int threads;

    public BatchCoder(Pipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    /** Reads, codes and hands on every article; returns the counts. */
    public BatchResult run(ArticleReader reader, List<String> inputs, Consumer<CodedArticle> out,
                           Consumer<InputException> rejects, Consumer<String> warnings) {
        return run(reader, inputs, article -> true, out, rejects, warnings);
    }

    /**
     * Like {@link #run(ArticleReader, List, Consumer, Consumer, Consumer)}, but codes only the articles
     * {@code wanted} accepts (tested on the calling thread, in input order); the others are skipped.
     */
    public BatchResult run(ArticleReader reader, List<String> inputs, java.util.function.Predicate<Article> wanted,
                           Consumer<CodedArticle> out, Consumer<InputException> rejects, Consumer<String> warnings) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-worker");
            t.setDaemon(true);
            return t;
        });
        Counter counter = new Counter(out, rejects);
        Deque<Pending> window = new ArrayDeque<>();
        try {
            reader.read(inputs, new ArticleSink() {
                @Override
                public void accept(Article article) {
                    if (!wanted.test(article)) {
                        return;
                    }
                    window.addLast(new Pending(article, pool.submit(() -> pipeline.run(article))));
                    while (window.size() > threads * 4) {
                        counter.finish(window.removeFirst());
                    }
                }

                @Override
                public void reject(InputException problem) {
                    counter.reject(problem);
                }

                @Override
                public void warn(String origin, String message) {
                    warnings.accept(origin + ": " + message);
                }
            });
            while (!window.isEmpty()) {
                counter.finish(window.removeFirst());
            }
        } finally {
            pool.shutdownNow();
        }
        return counter.result();
    }

    private record Pending(Article article, Future<CodedArticle> future) {
    }

    private static final class Counter {
        private final Consumer<CodedArticle> out;
        private final Consumer<InputException> rejects;
        private int coded;
        private int rejected;
        private long tokens;
        private long sentences;

        Counter(Consumer<CodedArticle> out, Consumer<InputException> rejects) {
            this.out = out;
            this.rejects = rejects;
        }

        void finish(Pending p) {
            try {
                CodedArticle c = p.future().get();
                coded++;
                tokens += c.annotated().tokenCount();
                sentences += c.annotated().sentences().size();
                out.accept(c);
            } catch (ExecutionException e) {
                LOG.debug("coding failed for {}", p.article().origin(), e.getCause());
                reject(new InputException(p.article().origin(), "could not be coded: " + e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reject(new InputException(p.article().origin(), "interrupted before it was coded"));
            }
        }

        void reject(InputException problem) {
            rejected++;
            rejects.accept(problem);
        }

        BatchResult result() {
            return new BatchResult(coded, rejected, tokens, sentences);
        }
    }
}
