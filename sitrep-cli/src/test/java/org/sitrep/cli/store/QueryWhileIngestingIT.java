package org.sitrep.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.StoreLocation;

/**
 * Reading while an ingest fills the store: a real {@code sitrep ingest} runs in its own JVM on 120 articles,
 * storing in small batches, and meanwhile {@code sitrep query} runs again and again on the same DuckDB file,
 * and a read-only {@code sitrep serve} (in this JVM) is asked {@code GET /api/v1/health} after each query.
 * Every query and request answers (exit 0, never "locked"), what it sees only grows (every article seen once is seen by
 * every later query), some query sees the store part-filled while the ingest runs, and the last sees all of
 * it. No assertion on speed: the test only follows what the ingest has done. Prints the counts and the
 * slowest answer.
 */
class QueryWhileIngestingIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    record Answer(int exit, Set<String> articles, int mentions, String err, long millis) {
    }

    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void everyQueryAnswersWhileTheIngestRunsAndSeesTheStoreOnlyGrow() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        int n = SyntheticReports.write(articles, 30, "2024-04", false);
        Path db = dir.resolve("live.duckdb");
        Path log = dir.resolve("ingest.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process ingest = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.sitrep.cli.Main", "ingest", "--no-progress", "--threads", "1", "--batch-articles", "5",
                "--batch-seconds", "1", "--article-seconds", "3600", "--db", db.toString(),
                articles.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        SitrepServer server = null;
        try {
            // the ingest creates the database before it loads its models
            while (ingest.isAlive() && !(Files.exists(db) && Files.exists(org.sitrep.store.WriterLock.lockFile(db)))) {
                Thread.sleep(50);
            }
            Thread.sleep(200); // past DuckDB's moment between creating the file and locking it
            // sitrep serve without a token, in this JVM: it holds no connection between requests
            server = SitrepServer.start(ServerConfig.loopback(StoreLocation.duckDb(db), 0, null), a -> {
                throw new AssertionError("must not code");
            });
            long lastHealth = 0;
            int served = 0;
            int queries = 0;
            int whileRunning = 0;
            int partial = 0;
            long slowest = 0;
            long firstMillis = 0;
            Answer last = null;
            Set<String> seen = new HashSet<>();
            while (true) {
                boolean runningBefore = ingest.isAlive();
                Answer a = query(db);
                boolean runningAfter = ingest.isAlive();
                queries++;
                if (queries == 1) {
                    firstMillis = a.millis(); // this JVM's first query loads DuckDB's native library
                } else {
                    slowest = Math.max(slowest, a.millis());
                }
                assertThat(a.exit()).as("query %d: %s", queries, a.err()).isZero();
                assertThat(a.err()).doesNotContain("locked").doesNotContain("Exception");
                assertThat(a.articles()).as("query %d sees every article an earlier one saw", queries).containsAll(seen);
                assertThat(a.mentions()).isGreaterThanOrEqualTo(last == null ? 0 : last.mentions());
                seen = a.articles();
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
                        URI.create(server.url() + "api/v1/health")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).as("GET /api/v1/health: %s", health.body()).isEqualTo(200);
                long healthEvents = JSON.readTree(health.body()).path("events").asLong(-1);
                assertThat(healthEvents).as("real-world events the server counts").isGreaterThanOrEqualTo(lastHealth);
                lastHealth = healthEvents;
                served++;
                if (runningBefore && runningAfter) {
                    whileRunning++;
                    if (!a.articles().isEmpty() && a.articles().size() < n) {
                        partial++;
                    }
                }
                last = a;
                if (!runningBefore) {
                    break; // this query started after the ingest ended: it sees the final store
                }
            }
            assertThat(ingest.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String text = Files.readString(log);
            assertThat(ingest.exitValue()).as(text).isZero();
            assertThat(text).contains(n + " stored").doesNotContain("Exception");
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
                long stored = count(c, "SELECT count(*) FROM articles");
                long withEvents = count(c, "SELECT count(*) FROM articles WHERE event_count > 0");
                long events = count(c, "SELECT count(*) FROM events");
                long clusters = count(c, "SELECT count(DISTINCT cluster_id) FROM events");
                long halfStored = count(c, "SELECT count(*) FROM articles a WHERE a.event_count <>"
                        + " (SELECT count(*) FROM events e WHERE e.article_id = a.article_id)");
                System.out.printf("query while ingesting: articles=%d, stored=%d (with events %d), events=%d, queries=%d,"
                                + " while running=%d, saw a part-filled store=%d, first answer=%d ms, slowest later answer=%d ms,"
                                + " server answers=%d (last: %d events after dedup), half-stored=%d%n", n, stored,
                        withEvents, events, queries, whileRunning, partial, firstMillis, slowest, served, lastHealth,
                        halfStored);
                assertThat(stored).isEqualTo(n);
                assertThat(halfStored).isZero();
                assertThat(last.articles()).hasSize((int) withEvents);
                assertThat(last.mentions()).isEqualTo((int) events);
                assertThat(lastHealth).as("the server's last answer").isEqualTo(clusters);
                assertThat(withEvents).as("the test's sentences all code an event").isGreaterThan(n / 2);
            }
            assertThat(whileRunning).as("queries answered while the ingest ran").isGreaterThan(0);
            assertThat(partial).as("queries that saw the store part-filled").isGreaterThan(0);
        } finally {
            ingest.destroyForcibly().waitFor();
            if (server != null) {
                server.close();
            }
        }
    }

    /** {@code sitrep query --format jsonl} in this JVM: its exit code, the articles and mentions it printed. */
    private static Answer query(Path db) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        long t0 = System.nanoTime();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run("query", "--db", db.toString(), "--format", "jsonl");
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Set<String> ids = new HashSet<>();
        int mentions = 0;
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                ids.add(node.path("article").path("id").asText());
                mentions++;
            }
        }
        return new Answer(exit, ids, mentions, err.toString(StandardCharsets.UTF_8), millis);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
