package org.sitrep.cli.store;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;
import org.sitrep.cli.NlpMixin;
import org.sitrep.ingest.feed.FeedPoller;
import org.sitrep.ingest.feed.FetchPolicy;
import org.sitrep.ingest.feed.Fetcher;
import org.sitrep.ingest.feed.PollReport;
import org.sitrep.nlp.NlpOptions;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;
import org.sitrep.runtime.LazyAnnotator;
import org.sitrep.runtime.StandardPipeline;
import org.sitrep.store.EventStore;
import org.sitrep.store.FeedStore;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep watch}: polls RSS and Atom feeds, codes each new item's page with the standard pipeline and
 * stores it. Feed state (validators, items stored, last poll and error) lives in the same database, and an
 * item is recorded only after its article is stored, so a restart or a kill neither loses nor duplicates.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll RSS/Atom feeds and store each new item's article (--once: poll once and exit).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every feed and item was read", "2:some feed or page failed (each named on stderr)",
                "1:the database failed (named on stderr)"})
public final class WatchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FEED_URL_OR_FILE",
            description = "feed URLs, or files listing one feed URL per line")
    List<String> feeds;

    @Mixin
    DbOption db;

    @Mixin
    NlpMixin nlp;

    @Option(names = "--every", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "time between polls: 30s, 15m, 1h (default 15m)")
    Duration every = Duration.ofMinutes(15);

    @Option(names = "--once", description = "poll every feed once and exit (for cron and tests)")
    boolean once;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "time allowed for one response (default 30s)")
    Duration timeout = Duration.ofSeconds(30);

    @Option(names = "--host-delay", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "least time between two requests to one host (default 1s)")
    Duration hostDelay = Duration.ofSeconds(1);

    @Option(names = "--retries", paramLabel = "N", description = "further tries after a timeout, 429 or 5xx (default 2)")
    int retries = 2;

    /** Makes the annotator; tests hand in the JVM's shared one. */
    Function<NlpOptions, Stage<Article, AnnotatedArticle>> annotators = LazyAnnotator::new;

    private volatile boolean stopping;

    @Override
    public Integer call() {
        nlp.validate();
        List<String> urls;
        try {
            urls = FeedList.expand(feeds);
        } catch (InputException e) {
            System.err.println("sitrep: " + e.getMessage());
            return 2;
        }
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopping = true;
            try {
                done.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                // exit now
            }
        }, "sitrep-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (org.sitrep.store.WriterLock writer = org.sitrep.store.WriterLock.take(db.location());
             EventStore store = EventStore.open(db.location())) {
            FeedStore feedState = FeedStore.of(store);
            Pipeline pipeline = new Pipeline(annotators.apply(nlp.nlpOptions()), StandardPipeline.extractionStages());
            FetchPolicy policy = new FetchPolicy(Duration.ofSeconds(10), timeout, nlp.ingestOptions().maxBytes(),
                    Math.max(0, retries), Duration.ofSeconds(2), hostDelay, "sitrep/0.1 (event data feed reader)");
            FeedPoller poller = new FeedPoller(new Fetcher(policy), new StoreFeedLedger(feedState), nlp.ingestOptions(),
                    line -> System.err.println("sitrep: " + line), Clock.systemUTC()).stopWhen(() -> stopping);
            int failures = 0;
            while (true) {
                long t0 = System.nanoTime();
                PollReport report = poller.poll(urls, article -> {
                    if (store.isStored(article)) {
                        return;
                    }
                    store.store(pipeline.run(article));
                });
                failures = report.failedFeeds() + report.failedItems();
                EventStore.Summary s = store.summary();
                System.err.printf(Locale.ROOT, "sitrep: %s: %s; %.1f s; database now %d articles, %d events after dedup%n",
                        store.location().display(), report.line(), (System.nanoTime() - t0) / 1e9, s.articles(), s.events());
                if (once || stopping || !sleep(every)) {
                    break;
                }
            }
            return failures > 0 ? 2 : 0;
        } catch (StoreException e) {
            System.err.println("sitrep: " + e.getMessage());
            return 1;
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // shutting down already
            }
        }
    }

    /** Sleeps until the next poll; false when asked to stop meanwhile. */
    private boolean sleep(Duration d) {
        long end = System.nanoTime() + d.toNanos();
        while (!stopping && System.nanoTime() < end) {
            try {
                Thread.sleep(Math.min(500, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                return false;
            }
        }
        return !stopping;
    }

    /** {@code 30s}, {@code 15m}, {@code 2h}, {@code 500ms}, or an ISO-8601 duration ({@code PT15M}). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            try {
                if (v.startsWith("pt") || v.startsWith("p")) {
                    return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
                }
                if (v.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                }
                long n = Long.parseLong(v.substring(0, v.length() - 1));
                return switch (v.charAt(v.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    case 'd' -> Duration.ofDays(n);
                    default -> throw new IllegalArgumentException();
                };
            } catch (RuntimeException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a duration (e.g. 30s, 15m, 1h)");
            }
        }
    }
}
