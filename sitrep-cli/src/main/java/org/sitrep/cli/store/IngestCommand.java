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

    /** Makes the annotator; tests hand in the JVM's shared one. */
    java.util.function.Function<org.sitrep.nlp.NlpOptions, Stage<Article, AnnotatedArticle>> annotators = LazyAnnotator::new;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        nlp.validate();
        try (EventStore store = EventStore.open(db.location())) {
            Pipeline pipeline = new Pipeline(annotators.apply(nlp.nlpOptions()), StandardPipeline.extractionStages());
            int[] stored = {0};
            int[] replaced = {0};
            int[] skipped = {0};
            long[] events = {0};
            long[] storeNanos = {0};
            long[] storeCpuNanos = {0};
            CodedInputs inputs = CodedInputs.split(paths);
            Progress bar = new Progress(System.err, progress != null ? progress : Progress.onTerminal(),
                    inputs.coded().isEmpty() ? countFiles(paths) : -1);
            java.util.function.Consumer<String> warn = warning -> System.err.println("sitrep: warning: " + warning);
            Admission admission = new Admission(store, warn, () -> {
                skipped[0]++;
                bar.update(stored[0] + replaced[0], skipped[0], events[0]);
            });
            int[] codedRejects = {0};
            java.util.function.Consumer<org.sitrep.model.CodedArticle> storeOne = coded -> {
                long s = System.nanoTime();
                long c = THREADS.getCurrentThreadCpuTime();
                IngestOutcome outcome = store.store(coded);
                storeNanos[0] += System.nanoTime() - s;
                storeCpuNanos[0] += THREADS.getCurrentThreadCpuTime() - c;
                switch (outcome) {
                    case STORED -> stored[0]++;
                    case REPLACED -> {
                        replaced[0]++;
                        System.err.println("sitrep: replaced " + coded.article().id() + " (stored from "
                                + admission.replaced(coded.article().id()) + ") with the new version from "
                                + coded.article().origin());
                    }
                    case UNCHANGED -> skipped[0]++;
                    default -> throw new IllegalStateException();
                }
                if (outcome != IngestOutcome.UNCHANGED) {
                    events[0] += coded.events().size();
                }
                bar.update(stored[0] + replaced[0], skipped[0], events[0]);
            };
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
            bar.finish();
            double wall = (System.nanoTime() - t0) / 1e9;
            EventStore.Summary summary = store.summary();
            System.err.printf(Locale.ROOT, "sitrep: %s: %d stored, %d replaced, %d unchanged, %d events; "
                            + "database now %d articles, %d event mentions, %d events after dedup%n",
                    store.location().display(), stored[0], replaced[0], skipped[0], events[0], summary.articles(),
                    summary.mentions(), summary.events());
            double processCpu = processCpuSeconds();
            System.err.printf(Locale.ROOT, "sitrep: %.1f s in all, %.2f s storing (%.1f%% of wall time; "
                            + "%.2f s of %.1f s CPU, %.1f%%)%n", wall, storeNanos[0] / 1e9,
                    100.0 * storeNanos[0] / 1e9 / Math.max(wall, 1e-9), storeCpuNanos[0] / 1e9, processCpu,
                    100.0 * storeCpuNanos[0] / 1e9 / Math.max(processCpu, 1e-9));
            result.failures().forEach(f -> System.err.println("sitrep: error: " + f));
            return !result.failures().isEmpty() ? 1 : result.rejected() + codedRejects[0] > 0 ? 2 : 0;
        } catch (StoreException e) {
            System.err.println();
            System.err.println("sitrep: " + e.getMessage());
            return 1;
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

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
