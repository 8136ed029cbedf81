package org.sitrep.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command, killed: {@code sitrep ingest} runs in its own JVM (as a user runs it) and is killed with
 * SIGKILL at a random moment after its models are loaded, three times (up to six runs), then run to the end. Every input is
 * then stored exactly once, nothing is half-stored, the dedup clusters point at stored mentions, and a second
 * writer on the same file while one runs gets a clear message. Prints the counts.
 */
class IngestCrashIT {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void killedAtRandomMomentsAndRerunEveryInputIsStoredExactlyOnce() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        // 73 reports: enough work that three kills a second apart land mid-ingest even on a fast machine
        int n = SyntheticReports.write(articles, 18, "2024-03", true);
        Path db = dir.resolve("crash.duckdb");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int kills = 0;
        int secondWriterRefused = 0;
        // kill three times, a random 0.1 to 0.9 s into the work; a run that ends by itself is not a kill
        for (int run = 0; run < 6 && kills < 3; run++) {
            Path log = dir.resolve("run" + run + ".log");
            Process p = ingest(db, articles, log);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (p.isAlive() && !Files.readString(log).contains("language models ready") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            if (run == 0 && p.isAlive()) {
                Path log2 = dir.resolve("second-writer.log");
                Process second = ingest(db, articles, log2);
                assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
                String text = Files.readString(log2);
                assertThat(second.exitValue()).as(text).isEqualTo(1);
                assertThat(text).contains("locked by another process").doesNotContain("Exception").doesNotContain("\tat ");
                secondWriterRefused++;
            }
            Thread.sleep(100 + random.nextInt(800));
            if (p.isAlive()) {
                p.destroyForcibly().waitFor();
                kills++;
            }
        }
        Path last = dir.resolve("final.log");
        Process fin = ingest(db, articles, last);
        assertThat(fin.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String finalLog = Files.readString(last);
        assertThat(fin.exitValue()).as(finalLog).isZero();
        System.out.println("final run: " + finalLog.lines().filter(l -> l.contains("stored,")).findFirst().orElse(""));
        assertThat(finalLog).doesNotContain("Exception");

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            long stored = count(c, "SELECT count(*) FROM articles");
            long distinctContent = count(c, "SELECT count(DISTINCT content_hash) FROM articles");
            long orphans = count(c, "SELECT count(*) FROM events e WHERE NOT EXISTS"
                    + " (SELECT 1 FROM articles a WHERE a.article_id = e.article_id)")
                    + count(c, "SELECT count(*) FROM places p WHERE NOT EXISTS"
                    + " (SELECT 1 FROM articles a WHERE a.article_id = p.article_id)");
            long halfStored = count(c, "SELECT count(*) FROM articles a WHERE a.event_count <>"
                    + " (SELECT count(*) FROM events e WHERE e.article_id = a.article_id)");
            long dangling = count(c, "SELECT count(*) FROM events e WHERE NOT EXISTS"
                    + " (SELECT 1 FROM events f WHERE f.event_id = e.cluster_id)");
            long events = count(c, "SELECT count(*) FROM events");
            long clusters = count(c, "SELECT count(DISTINCT cluster_id) FROM events");
            System.out.printf("crash test (seed %d): kills=%d, second writer refused=%d, articles=%d, stored=%d,"
                            + " losses=%d, duplicates=%d, half-stored=%d, orphan rows=%d, dangling clusters=%d,"
                            + " events=%d, clusters=%d%n", seed, kills, secondWriterRefused, n, stored, n - stored,
                    stored - distinctContent, halfStored, orphans, dangling, events, clusters);
            assertThat(kills).isGreaterThanOrEqualTo(2);
            assertThat(stored).as("losses").isEqualTo(n);
            assertThat(distinctContent).as("duplicates").isEqualTo(stored);
            assertThat(halfStored).isZero();
            assertThat(orphans).isZero();
            assertThat(dangling).isZero();
            assertThat(count(c, "SELECT count(*) FROM events e JOIN events f ON f.event_id = e.cluster_id"
                    + " WHERE f.cluster_id <> f.event_id")).as("a cluster is named by its first mention").isZero();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private Process ingest(Path db, Path articles, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.sitrep.cli.Main", "ingest", "--no-progress", "--threads", "1", "--article-seconds", "3600",
                "--db", db.toString(),
                articles.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
