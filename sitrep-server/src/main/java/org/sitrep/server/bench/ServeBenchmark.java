package org.sitrep.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.article.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreLocation;
import org.sitrep.store.StoreReader;
import org.sitrep.store.bench.SyntheticArticles;

/**
 * Load benchmark of {@code sitrep serve}, bounded in time and count, on loopback only: a synthetic store (the
 * store benchmark's events, bulk-loaded once into a DuckDB file that later runs reuse), the server on a free
 * port, then for each scenario {@code clients} concurrent clients send requests for {@code seconds} (at most
 * {@value #MAX_REQUESTS} requests). Reports requests/s, p50/p99/max latency and errors per scenario.
 */
public final class ServeBenchmark {
    static final int MAX_REQUESTS = 500_000;
    private static final int EVENTS_PER_ARTICLE = 5;
    private static final int CHUNK_ARTICLES = 20_000;

    /** One scenario's figures. */
    public record Result(String name, long requests, long errors, double perSecond, double p50Ms, double p99Ms,
                         double maxMs) {
        @Override
        public String toString() {
            return String.format("%-44s %7d requests  %7.1f req/s  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  errors %d",
                    name, requests, perSecond, p50Ms, p99Ms, maxMs, errors);
        }
    }

    private ServeBenchmark() {
    }

    /** Makes {@code db} hold {@code events} synthetic events unless it already does; returns the count stored. */
    public static long prepare(Path db, int events, Consumer<String> out) {
        StoreLocation where = StoreLocation.duckDb(db);
        boolean existed = Files.exists(db);
        try (EventStore store = EventStore.open(where)) {
            long have = store.summary().mentions();
            if (existed && have == events) {
                try (StoreReader reader = StoreReader.open(where, 1)) {
                    if (reader.mentionsWithoutJson() > 0) {
                        throw new IllegalArgumentException(db + " was filled before schema V007 (no stored API JSON, so"
                                + " /events would build it on every read): delete it or use another --db");
                    }
                }
                out.accept(String.format("store: %s already holds %,d events", db, have));
                return have;
            }
            if (have != 0) {
                throw new IllegalArgumentException(db + " holds " + have + " events, not " + events + ": use a new file");
            }
            SyntheticArticles synthetic = new SyntheticArticles(EVENTS_PER_ARTICLE);
            int articles = events / EVENTS_PER_ARTICLE;
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
            long stored = store.summary().mentions();
            out.accept(String.format("store: bulk-loaded %,d synthetic events into %s in %.1f s", stored, db,
                    (System.nanoTime() - t0) / 1e9));
            return stored;
        }
    }

    /** Runs every scenario against a server on {@code db}. */
    public static List<Result> run(Path db, int clients, int seconds, Consumer<String> out) throws Exception {
        List<Result> results = new ArrayList<>();
        long t0 = System.nanoTime();
        try (SitrepServer server = SitrepServer.start(new ServerConfig(StoreLocation.duckDb(db), "127.0.0.1", 0, null,
                ServerConfig.DEFAULT_MAX_BODY, 4), a -> {
                    throw new IllegalStateException("the benchmark does not write");
                })) {
            out.accept(String.format("server: %s started in %.2f s; %d clients, %d s per scenario, loopback",
                    server.url(), (System.nanoTime() - t0) / 1e9, clients, seconds));
            long t1 = System.nanoTime();
            boolean held = server.awaitIndex(600);
            out.accept(String.format("server: store %s memory after %.1f s more; heap in use after GC %d MB",
                    held ? "held in" : "NOT held in", (System.nanoTime() - t1) / 1e9, heapAfterGc()));
            String base = "http://127.0.0.1:" + server.port() + "/api/v1/";
            long days = SyntheticArticles.ARTICLES_PER_DAY > 0 ? 1100 : 1;
            Function<SplittableRandom, String> countryMonth = r -> {
                LocalDate from = SyntheticArticles.FIRST_DAY.plusDays(r.nextLong(days));
                return "country=" + SyntheticArticles.country(r.nextInt(SyntheticArticles.COUNTRIES)) + "&from=" + from
                        + "&to=" + from.plusDays(30);
            };
            List<Object[]> scenarios = List.of(
                    new Object[] {"GET /events country + month, limit 100", (Function<SplittableRandom, String>)
                            r -> base + "events?limit=100&" + countryMonth.apply(r)},
                    new Object[] {"GET /events no filter, limit 100 (first page)", (Function<SplittableRandom, String>)
                            r -> base + "events?limit=100"},
                    new Object[] {"GET /events text (1 of 1000 words), limit 100", (Function<SplittableRandom, String>)
                            r -> base + "events?limit=100&text=town%20" + r.nextInt(1000) + "%20on"},
                    new Object[] {"GET /stats country + month", (Function<SplittableRandom, String>)
                            r -> base + "stats?" + countryMonth.apply(r)},
                    new Object[] {"GET /stats country", (Function<SplittableRandom, String>)
                            r -> base + "stats?country=" + SyntheticArticles.country(r.nextInt(SyntheticArticles.COUNTRIES))},
                    new Object[] {"GET /stats no filter (all events)", (Function<SplittableRandom, String>)
                            r -> base + "stats"});
            for (Object[] s : scenarios) {
                @SuppressWarnings("unchecked")
                Function<SplittableRandom, String> urls = (Function<SplittableRandom, String>) s[1];
                Result result = scenario((String) s[0], urls, clients, seconds);
                out.accept(result.toString());
                results.add(result);
            }
            out.accept(String.format("server: heap in use after GC %d MB (max %d MB)", heapAfterGc(),
                    Runtime.getRuntime().maxMemory() >> 20));
        }
        return results;
    }

    private static Result scenario(String name, Function<SplittableRandom, String> urls, int clients, int seconds)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong budget = new AtomicLong(MAX_REQUESTS);
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int seed = c;
            futures.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(seed * 31L + name.hashCode());
                long[] lat = new long[1024];
                int n = 0;
                while (System.nanoTime() < end && budget.decrementAndGet() >= 0) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(urls.apply(random)))
                            .timeout(Duration.ofSeconds(60)).GET().build();
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = System.nanoTime() - t;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (merged.length == 0) {
            return new Result(name, 0, errors.get(), 0, 0, 0, 0);
        }
        return new Result(name, merged.length, errors.get(), merged.length / elapsed, pct(merged, 0.50),
                pct(merged, 0.99), merged[merged.length - 1] / 1e6);
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
