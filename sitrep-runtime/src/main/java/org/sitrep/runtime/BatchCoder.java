package org.sitrep.runtime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ArticleSink;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Codes a batch on worker threads sharing one pipeline, handing results on in input order. A bad input
 * or an article that fails to code is reported and the batch goes on. Each article has a time budget
 * (model loading not counted): an article still being coded past it is given up, rejected with a message
 * naming the budget, and its worker's place goes to the next article, so one article never stalls the
 * batch. Running out of memory on an article is Sitrep's failure, not the input's: it is reported in
 * {@link BatchResult#failures()} and the batch goes on.
 */
public final class BatchCoder {
    private static final Logger LOG = LoggerFactory.getLogger(BatchCoder.class);
    /** Default time budget per article. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(120);

    private final Pipeline pipeline;
    private final int threads;
    private final Duration budget;

    public BatchCoder(Pipeline pipeline, int threads) {
        this(pipeline, threads, DEFAULT_BUDGET);
    }

    public BatchCoder(Pipeline pipeline, int threads, Duration budget) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.budget = budget;
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
        return admit(reader, inputs, a -> wanted.test(a) ? a : null, out, rejects, warnings);
    }

    /**
     * Like {@link #run(ArticleReader, List, Consumer, Consumer, Consumer)}, but each article first goes
     * through {@code admission} (on the calling thread, in input order): null skips it, else the article
     * it returns (e.g. with another id) is coded.
     */
    public BatchResult admit(ArticleReader reader, List<String> inputs, UnaryOperator<Article> admission,
                             Consumer<CodedArticle> out, Consumer<InputException> rejects, Consumer<String> warnings) {
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sitrep-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore workers = new Semaphore(threads);
        Counter counter = new Counter(out, rejects);
        Deque<Pending> window = new ArrayDeque<>();
        try {
            reader.read(inputs, new ArticleSink() {
                @Override
                public void accept(Article read) {
                    Article article = admission.apply(read);
                    if (article == null) {
                        return;
                    }
                    window.addLast(submit(pool, workers, article));
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

    private Pending submit(ExecutorService pool, Semaphore workers, Article article) {
        AtomicLong started = new AtomicLong();
        AtomicBoolean released = new AtomicBoolean();
        Future<CodedArticle> future = pool.submit(() -> {
            workers.acquire();
            try {
                started.set(System.nanoTime());
                return pipeline.run(article);
            } finally {
                if (released.compareAndSet(false, true)) {
                    workers.release();
                }
            }
        });
        return new Pending(article, future, started, () -> {
            if (released.compareAndSet(false, true)) {
                workers.release();
            }
        });
    }

    private record Pending(Article article, Future<CodedArticle> future, AtomicLong started, Runnable giveUp) {
    }

    private final class Counter {
        private final Consumer<CodedArticle> out;
        private final Consumer<InputException> rejects;
        private final List<String> failures = new ArrayList<>();
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
                CodedArticle c = await(p);
                if (c == null) {
                    return;
                }
                coded++;
                tokens += c.annotated().tokenCount();
                sentences += c.annotated().sentences().size();
                out.accept(c);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                LOG.debug("coding failed for {}", p.article().origin(), cause);
                if (cause instanceof OutOfMemoryError) {
                    failures.add(p.article().origin() + ": ran out of memory while coding it (Java heap "
                            + Runtime.getRuntime().maxMemory() / 1048576 + " MiB); give Sitrep more, e.g."
                            + " SITREP_JAVA_OPTS=-Xmx8g, or lower --max-words");
                } else if (cause instanceof Error) {
                    failures.add(p.article().origin() + ": Sitrep failed while coding it (" + describe(cause) + ")");
                } else {
                    reject(new InputException(p.article().origin(), "could not be coded: " + describe(cause)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reject(new InputException(p.article().origin(), "interrupted before it was coded"));
            }
        }

        /** The coded article, or null when it ran past the time budget (then it is rejected here). */
        private CodedArticle await(Pending p) throws ExecutionException, InterruptedException {
            while (true) {
                try {
                    return p.future().get(250, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long started = p.started().get();
                    if (started != 0 && !LazyAnnotator.loading()
                            && System.nanoTime() - started > budget.toNanos()) {
                        p.future().cancel(true);
                        p.giveUp().run();
                        reject(new InputException(p.article().origin(), "still not coded after the time budget of "
                                + budget.toSeconds() + " s per article (see --article-seconds); given up"));
                        return null;
                    }
                }
            }
        }

        void reject(InputException problem) {
            rejected++;
            rejects.accept(problem);
        }

        BatchResult result() {
            return new BatchResult(coded, rejected, tokens, sentences, List.copyOf(failures));
        }
    }

    private static String describe(Throwable t) {
        return t.getMessage() != null && !t.getMessage().isBlank() ? t.getMessage() : t.getClass().getSimpleName();
    }
}
