package org.sitrep.store.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.article.Article;
import org.sitrep.model.Event;
import org.sitrep.model.CodedArticle;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreLocation;

/**
 * The store benchmark: bulk-loads synthetic events into a fresh DuckDB file with the Appender, times a
 * country + date-range query, then times the per-article transactional ingest path (with dedup) on top.
 * Prints one line per measurement.
 *
 * <pre>java -cp ... org.sitrep.store.bench.StoreBenchmark [--events 1000000] [--ingest 2000] [--db FILE]</pre>
 */
public final class StoreBenchmark {
    private static final int EVENTS_PER_ARTICLE = 5;
    private static final int CHUNK_ARTICLES = 20_000;

    /** What one run measured. */
    public record Result(long events, double loadSeconds, int queryRows, double queryMedianMs, double queryMaxMs,
                         int ingested, double ingestMsPerArticle) {
    }

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = 1_000_000;
        int ingest = 2000;
        Path db = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--ingest" -> ingest = Integer.parseInt(args[++i]);
                case "--db" -> db = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: StoreBenchmark [--events N] [--ingest N] [--db FILE]");
                    System.exit(2);
                }
            }
        }
        boolean temporary = db == null;
        if (temporary) {
            db = Files.createTempDirectory("sitrep-bench").resolve("bench.duckdb");
        }
        try {
            run(db, events, ingest, System.out::println);
        } finally {
            if (temporary) {
                Files.deleteIfExists(db);
                Files.deleteIfExists(Path.of(db + ".wal"));
                Files.deleteIfExists(db.getParent());
            }
        }
    }

    /** Runs the benchmark on a new database file, reporting progress lines to {@code out}. */
    public static Result run(Path db, int events, int ingest, java.util.function.Consumer<String> out) throws Exception {
        if (Files.exists(db)) {
            throw new IllegalArgumentException(db + " exists: the benchmark needs a new file");
        }
        SyntheticArticles synthetic = new SyntheticArticles(EVENTS_PER_ARTICLE);
        int articles = events / EVENTS_PER_ARTICLE;
        try (EventStore store = EventStore.open(StoreLocation.duckDb(db))) {
            long t0 = System.nanoTime();
            for (int first = 0; first < articles; first += CHUNK_ARTICLES) {
                List<Article> chunkArticles = new ArrayList<>();
                List<Event> chunkEvents = new ArrayList<>();
                for (int n = first; n < Math.min(articles, first + CHUNK_ARTICLES); n++) {
                    CodedArticle coded = synthetic.article(n);
                    chunkArticles.add(coded.article());
                    chunkEvents.addAll(coded.events());
                }
                store.bulkLoad(chunkArticles, chunkEvents, e -> e.id().substring(0, e.id().lastIndexOf("-e")));
            }
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            long stored = store.summary().mentions();
            out.accept(String.format("bulk load: %,d events (%,d articles) in %.1f s with the Appender, %,.0f events/s"
                    + " (including generating them)", stored, articles, loadSeconds, stored / loadSeconds));

            LocalDate from = SyntheticArticles.FIRST_DAY.plusDays(400);
            EventQuery query = EventQuery.all().inCountry(SyntheticArticles.country(7)).between(from, from.plusDays(30));
            int rows = store.query(query).size();
            double[] ms = new double[20];
            for (int i = 0; i < ms.length; i++) {
                long q = System.nanoTime();
                rows = store.query(query).size();
                ms[i] = (System.nanoTime() - q) / 1e6;
            }
            Arrays.sort(ms);
            double median = ms[ms.length / 2];
            out.accept(String.format("query country=%s date=%s..%s: %d rows, median %.1f ms, max %.1f ms over %d runs"
                    + " (target < 200 ms)", SyntheticArticles.country(7), from, from.plusDays(30), rows, median,
                    ms[ms.length - 1], ms.length));

            long t1 = System.nanoTime();
            for (int n = articles; n < articles + ingest; n++) {
                store.store(synthetic.article(n));
            }
            double perArticle = ingest == 0 ? 0 : (System.nanoTime() - t1) / 1e6 / ingest;
            out.accept(String.format("transactional ingest with dedup: %d articles x %d events on top, %.2f ms per article",
                    ingest, EVENTS_PER_ARTICLE, perArticle));
            return new Result(stored, loadSeconds, rows, median, ms[ms.length - 1], ingest, perArticle);
        }
    }
}
