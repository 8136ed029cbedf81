package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.bench.SyntheticArticles;
import org.sitrep.store.bench.SyntheticIngest;

/**
 * Kills a real ingest process with SIGKILL while it stores, several times, then lets a rerun finish: the
 * database must hold every article exactly once, each with all of its events, quotes and places. On DuckDB
 * and, when SITREP_TEST_POSTGRES_URL is set, on PostgreSQL.
 */
class CrashSafetyTest {
    private static final int ARTICLES = 400;
    private static final int EVENTS = 5;

    @TempDir
    Path dir;

    @Test
    void killedMidBatchARerunFinishesWithNoPartialArticleNoDuplicateAndNothingLost() throws Exception {
        killThriceThenRerun(dir.resolve("crash.duckdb").toString(), true);
    }

    /** The same on PostgreSQL (when SITREP_TEST_POSTGRES_URL is set, as in .ci/run), in an emptied schema. */
    @Test
    void onPostgresqlTooAKilledWriterLeavesNoPartialArticleAndTheRerunStoresEveryArticleOnce() throws Exception {
        String url = PostgresStoreTest.url();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        killThriceThenRerun(url, false);
    }

    /** {@code duckDb}: also checks that a second writer is refused while the child holds the file. */
    private void killThriceThenRerun(String db, boolean duckDb) throws Exception {
        int[] newArticlesBeforeKill = {40, 80, 130};
        for (int k : newArticlesBeforeKill) {
            Process p = start(db);
            int seen = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while (seen < k && (line = out.readLine()) != null) {
                    if (line.startsWith("stored ")) {
                        seen++;
                    }
                }
                if (duckDb) {
                    // While the child holds the file, another writer gets a clear message, not a stack trace.
                    assertThatThrownBy(() -> EventStore.open(StoreLocation.parse(db)).close())
                            .isInstanceOf(StoreException.class).hasMessageStartingWith(db + ": ")
                            .hasMessageContaining("locked by another process");
                }
                p.destroyForcibly();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(seen).isPositive();
            try (EventStore store = EventStore.open(StoreLocation.parse(db))) {
                assertConsistent(store);
                assertThat(store.summary().articles()).isGreaterThanOrEqualTo(seen).isLessThan(ARTICLES);
            }
        }
        Process rerun = start(db);
        String output = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(rerun.exitValue()).as(output).isZero();
        try (EventStore store = EventStore.open(StoreLocation.parse(db))) {
            assertConsistent(store);
            assertThat(store.summary().articles()).isEqualTo(ARTICLES);
            assertThat(store.summary().mentions()).isEqualTo((long) ARTICLES * EVENTS);
            SyntheticArticles synthetic = new SyntheticArticles(EVENTS);
            for (int n = 0; n < ARTICLES; n += 37) {
                assertThat(store.isStored(synthetic.article(n).article())).as("article %d", n).isTrue();
            }
        }
    }

    private Process start(String db) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), SyntheticIngest.class.getName(), db,
                String.valueOf(ARTICLES), String.valueOf(EVENTS)));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Every stored article has exactly its events, quotes and places; no row without its article. */
    private static void assertConsistent(EventStore store) throws Exception {
        try (Statement s = store.connection().createStatement()) {
            assertThat(single(s, "SELECT count(*) FROM articles a WHERE a.event_count <> "
                    + "(SELECT count(*) FROM events e WHERE e.article_id = a.article_id)")).isZero();
            assertThat(single(s, "SELECT count(*) FROM articles a WHERE " + EVENTS + " <> "
                    + "(SELECT count(*) FROM quotes q WHERE q.article_id = a.article_id)")).isZero();
            assertThat(single(s, "SELECT count(*) FROM articles a WHERE " + EVENTS + " <> "
                    + "(SELECT count(*) FROM places p WHERE p.article_id = a.article_id)")).isZero();
            for (String table : List.of("events", "quotes", "places")) {
                assertThat(single(s, "SELECT count(*) FROM " + table + " t WHERE NOT EXISTS "
                        + "(SELECT 1 FROM articles a WHERE a.article_id = t.article_id)")).as(table).isZero();
            }
            assertThat(single(s, "SELECT count(*) - count(DISTINCT event_id) FROM events")).isZero();
        }
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
