package org.sitrep.cli.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.runtime.BatchCoder;
import org.sitrep.runtime.BatchResult;
import org.sitrep.cli.NlpMixin;
import org.sitrep.runtime.StandardPipeline;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;
import org.sitrep.store.BatchedStore;
import org.sitrep.store.EventStore;
import org.sitrep.store.IngestOutcome;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.sitrep.runtime.LazyAnnotator;

/**
 * {@code sitrep ingest}: codes articles with the same pipeline as {@code sitrep code} and stores them, one
 * transaction per article. Articles already stored with the same content are skipped before coding, so a
 * rerun after a crash or on a grown folder only codes what is new.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Code articles and store them in the event database (idempotent: stored articles are skipped).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all inputs stored or already there", "2:some input was rejected (each named on stderr)",
                "1:the database failed (named on stderr); what was stored before is kept"})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files, directories or -")
    List<String> paths;

    @Mixin
    DbOption db;

    @Mixin
    NlpMixin nlp;

    @Option(names = "--progress", negatable = true, description = "progress bar on stderr (default: on a terminal)")
    Boolean progress;

    @Option(names = "--batch-articles", paramLabel = "N",
            description = "store coded articles in batches of at most N (default ${DEFAULT-VALUE}); a DuckDB file is open only while a batch is written, so it can be queried meanwhile")
    int batchArticles = BatchedStore.Batching.DEFAULT.articles();

    @Option(names = "--batch-seconds", paramLabel = "S",
            description = "... and at least every S seconds (default ${DEFAULT-VALUE})")
    long batchSeconds = BatchedStore.Batching.DEFAULT.every().toSeconds();

    @Option(names = "--reconnect-seconds", paramLabel = "S",
            description = "when a PostgreSQL server drops the connection, try to reach it again for S seconds before giving up (default ${DEFAULT-VALUE})")
    long reconnectSeconds = BatchedStore.Batching.DEFAULT.reconnect().toSeconds();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Makes the annotator; tests hand in the JVM's shared one. */
    java.util.function.Function<org.sitrep.nlp.NlpOptions, Stage<Article, AnnotatedArticle>> annotators = LazyAnnotator::new;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        nlp.validate();
        BatchedStore.Batching batching = batching();
        int[] stored = {0};
        int[] replaced = {0};
        int[] skipped = {0};
        long[] events = {0};
        Admission[] admitted = {null};
        Progress[] bars = {null};
        BatchedStore.Listener listener = new BatchedStore.Listener() {
            @Override
            public void stored(org.sitrep.model.CodedArticle coded, IngestOutcome outcome) {
                switch (outcome) {
                    case STORED -> stored[0]++;
                    case REPLACED -> {
                        replaced[0]++;
                        System.err.println("sitrep: replaced " + coded.article().id() + " (stored from "
                                + admitted[0].replaced(coded.article().id()) + ") with the new version from "
                                + coded.article().origin());
                    }
                    case UNCHANGED -> skipped[0]++;
                    default -> throw new IllegalStateException();
                }
                if (outcome != IngestOutcome.UNCHANGED) {
                    events[0] += coded.events().size();
                }
                bars[0].update(stored[0] + replaced[0], skipped[0], events[0]);
            }

            @Override
            public void reconnected(String problem) {
                System.err.println("sitrep: warning: " + db.location().display() + ": the connection was lost ("
                        + problem + "); connected again, storing goes on");
            }
        };
        try (BatchedStore store = BatchedStore.open(db.location(), org.sitrep.dedup.MergeRule.standard(),
                batching, listener)) {
            Pipeline pipeline = new Pipeline(annotators.apply(nlp.nlpOptions()), StandardPipeline.extractionStages());
            CodedInputs inputs = CodedInputs.split(paths);
            Progress bar = new Progress(System.err, progress != null ? progress : Progress.onTerminal(),
                    inputs.coded().isEmpty() ? countFiles(paths) : -1);
            bars[0] = bar;
            java.util.function.Consumer<String> warn = warning -> System.err.println("sitrep: warning: " + warning);
            Admission admission = new Admission(store::storedVersion, warn, () -> {
                synchronized (store) {
                    skipped[0]++;
                    bar.update(stored[0] + replaced[0], skipped[0], events[0]);
                }
            });
            admitted[0] = admission;
            int[] codedRejects = {0};
            java.util.function.Consumer<org.sitrep.model.CodedArticle> storeOne = store::add;
            inputs.read(storeOne, bad -> {
                codedRejects[0]++;
                System.err.println("sitrep: rejected " + bad.getMessage());
            });
            BatchResult result = inputs.others().isEmpty() ? new BatchResult(0, 0, 0, 0)
                    : new BatchCoder(pipeline, nlp.threads(), nlp.articleBudget()).admit(
                    new ArticleReader(nlp.ingestOptions()), inputs.others(), admission,
                    storeOne,
                    bad -> System.err.println("sitrep: rejected " + bad.getMessage()),
                    warn);
            store.flush();
            bar.finish();
            double wall = (System.nanoTime() - t0) / 1e9;
            EventStore.Summary summary = store.summary();
            long[] storeTime = store.storeTime();
            synchronized (store) {
                System.err.printf(Locale.ROOT, "sitrep: %s: %d stored, %d replaced, %d unchanged, %d events; "
                                + "database now %d articles, %d event mentions, %d events after dedup%n",
                        store.location().display(), stored[0], replaced[0], skipped[0], events[0], summary.articles(),
                        summary.mentions(), summary.events());
            }
            double processCpu = processCpuSeconds();
            System.err.printf(Locale.ROOT, "sitrep: %.1f s in all, %.2f s storing in %d batch(es) (%.1f%% of wall time; "
                            + "%.2f s of %.1f s CPU, %.1f%%)%n", wall, storeTime[0] / 1e9, store.counts()[0],
                    100.0 * storeTime[0] / 1e9 / Math.max(wall, 1e-9), storeTime[1] / 1e9, processCpu,
                    100.0 * storeTime[1] / 1e9 / Math.max(processCpu, 1e-9));
            result.failures().forEach(f -> System.err.println("sitrep: error: " + f));
            return !result.failures().isEmpty() ? 1 : result.rejected() + codedRejects[0] > 0 ? 2 : 0;
        } catch (StoreException e) {
            System.err.println();
            System.err.println("sitrep: " + e.getMessage());
            return 1;
        }
    }

    /** When batches are stored (docs/limits.md): options, with the store's defaults. */
    private BatchedStore.Batching batching() {
        if (batchArticles < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch-articles must be at least 1, not " + batchArticles);
        }
        if (batchSeconds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch-seconds must be at least 1, not " + batchSeconds);
        }
        if (reconnectSeconds < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--reconnect-seconds must be at least 0, not " + reconnectSeconds);
        }
        java.time.Duration lockWait = spec.commandLine().getParseResult().hasMatchedOption("--lock-wait")
                ? db.lockWait() : BatchedStore.Batching.DEFAULT.lockWait();
        return new BatchedStore.Batching(batchArticles, java.time.Duration.ofSeconds(batchSeconds), lockWait,
                java.time.Duration.ofSeconds(reconnectSeconds));
    }

    /** CPU seconds this process has used, or NaN where the JVM cannot tell. */
    private static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** Files under the inputs, for the progress bar; -1 when unknown (standard input, JSON Lines or WARC). */
    public static int countFiles(List<String> inputs) {
        int n = 0;
        for (String input : inputs) {
            if (input.equals("-")) {
                return -1;
            }
            Path p = Path.of(input);
            try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz")
                            || name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                        return -1;
                    }
                    n++;
                }
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        return n;
    }
}
