package org.sitrep.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ArticleSink;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.sitrep.runtime.StandardPipeline;
import org.sitrep.nlp.BareCoreNlp;
import org.sitrep.nlp.CoreNlpAnnotator;

/**
 * {@code sitrep bench}: codes N copies of a corpus after one warm-up pass and reports throughput,
 * the time split per stage, peak heap and thread count.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the pipeline on N copies of a corpus (default: the bundled examples).",
        subcommands = {org.sitrep.cli.store.StoreBenchCommand.class, org.sitrep.cli.serve.ServeBenchCommand.class})
public final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "corpus (default: examples/)")
    List<String> paths = List.of("examples");

    @Option(names = {"-n", "--copies"}, description = "copies of the corpus to code (default ${DEFAULT-VALUE})")
    int copies = 5;

    @Option(names = "--baseline", description = "also time bare CoreNLP (" + BareCoreNlp.ANNOTATORS
            + ") on the same inputs and threads, interleaved with Sitrep in this run, and print the ratio")
    boolean baseline;

    @Mixin
    NlpMixin nlp;

    @Override
    public Integer call() throws Exception {
        nlp.validate();
        List<Article> corpus = load();
        if (corpus.isEmpty()) {
            System.err.println("sitrep: bench: no articles in " + paths);
            return 2;
        }
        long t0 = System.nanoTime();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(nlp.nlpOptions());
        Pipeline pipeline = StandardPipeline.with(annotator);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        BareCoreNlp bare = baseline ? new BareCoreNlp() : null;
        ExecutorService pool = Executors.newFixedThreadPool(nlp.threads());
        try {
            runCopies(pool, pipeline, corpus, Math.max(1, nlp.threads())); // warm every thread
            if (bare != null) {
                runBare(pool, bare, corpus, 1);
            }
            Pipeline timed = pipeline.freshTimings();
            annotator.profile().reset();
            resetPeaks();
            long[] counts = new long[3];
            double seconds = 0;
            double bareSeconds = 0;
            // each round holds enough copies to keep every thread busy (a one-article corpus in rounds of one
            // copy would time a single thread whatever --threads says), and the baseline gets the same rounds
            int perRound = Math.max(1, (2 * nlp.threads() + corpus.size() - 1) / corpus.size());
            for (int c = 0; c < copies; c += perRound) {
                int round = Math.min(perRound, copies - c);
                long start = System.nanoTime();
                long[] one = runCopies(pool, timed, corpus, round);
                seconds += (System.nanoTime() - start) / 1e9;
                for (int i = 0; i < 3; i++) {
                    counts[i] += one[i];
                }
                if (bare != null) {
                    start = System.nanoTime();
                    runBare(pool, bare, corpus, round);
                    bareSeconds += (System.nanoTime() - start) / 1e9;
                }
            }
            report(timed, corpus.size() * copies, counts, seconds, loadSeconds);
            BenchProfile.print(annotator.profile(), annotator.taggerTimings());
            if (bare != null) {
                double sitrepRate = corpus.size() * copies / seconds;
                double bareRate = corpus.size() * copies / bareSeconds;
                System.out.printf(Locale.ROOT, "  bare CoreNLP      %s: %.2f articles/s (%.2f s)%n",
                        BareCoreNlp.ANNOTATORS, bareRate, bareSeconds);
                System.out.printf(Locale.ROOT, "  ratio             %.2f x bare CoreNLP (same inputs, threads, run)%n",
                        sitrepRate / bareRate);
            }
        } finally {
            pool.shutdownNow();
        }
        return 0;
    }

    private List<Article> load() {
        List<Article> out = new ArrayList<>();
        new ArticleReader(nlp.ingestOptions()).read(paths, new ArticleSink() {
            @Override
            public void accept(Article article) {
                out.add(article);
            }

            @Override
            public void reject(InputException problem) {
                System.err.println("sitrep: rejected " + problem.getMessage());
            }
        });
        return out;
    }

    private static long[] runCopies(ExecutorService pool, Pipeline pipeline, List<Article> corpus, int n)
            throws Exception {
        List<Future<CodedArticle>> futures = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            for (Article a : corpus) {
                futures.add(pool.submit(() -> pipeline.run(a)));
            }
        }
        long tokens = 0;
        long sentences = 0;
        long events = 0;
        for (Future<CodedArticle> f : futures) {
            CodedArticle coded = f.get();
            tokens += coded.annotated().tokenCount();
            sentences += coded.annotated().sentences().size();
            events += coded.events().size();
        }
        return new long[] {tokens, sentences, events};
    }

    private static void runBare(ExecutorService pool, BareCoreNlp bare, List<Article> corpus, int n) throws Exception {
        List<Future<Integer>> futures = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            for (Article a : corpus) {
                futures.add(pool.submit(() -> bare.annotate(a)));
            }
        }
        for (Future<Integer> f : futures) {
            f.get();
        }
    }

    private void report(Pipeline pipeline, int articles, long[] counts, double seconds, double loadSeconds) {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "sitrep bench: %d articles (%d copies of %s), %d threads, %d cores%n",
                articles, copies, paths, nlp.threads(), cores);
        System.out.printf(Locale.ROOT, "  parser            %s%s%n", nlp.parser,
                nlp.bidirectionalPos ? " + bidirectional POS" : "");
        System.out.printf(Locale.ROOT, "  pipeline load     %.1f s%n", loadSeconds);
        System.out.printf(Locale.ROOT, "  wall time         %.2f s%n", seconds);
        System.out.printf(Locale.ROOT, "  articles/s        %.2f%n", articles / seconds);
        System.out.printf(Locale.ROOT, "  sentences/s       %.1f%n", counts[1] / seconds);
        System.out.printf(Locale.ROOT, "  tokens/s          %.0f%n", counts[0] / seconds);
        System.out.printf(Locale.ROOT, "  events            %d%n", counts[2]);
        System.out.printf(Locale.ROOT, "  peak heap         %.0f MiB (max %d MiB)%n", peakHeapBytes() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576);
        System.out.printf(Locale.ROOT, "  peak RSS          %s (process so far%s)%n", BenchProfile.peakRss(),
                baseline ? ", bare CoreNLP's models included" : "");
        System.out.printf(Locale.ROOT, "  stage             cpu-s    share   sentences/s per thread%n");
        Map<String, Long> split = pipeline.timings().snapshot();
        long total = split.values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<String, Long> e : split.entrySet()) {
            double s = e.getValue() / 1e9;
            System.out.printf(Locale.ROOT, "  %-16s %7.2f  %6.2f%%  %12.0f%n", e.getKey(), s,
                    100.0 * e.getValue() / Math.max(1, total), s == 0 ? 0 : counts[1] / s);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
