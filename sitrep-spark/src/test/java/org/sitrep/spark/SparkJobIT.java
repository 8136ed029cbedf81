package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.CodedJsonLines;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.output.ContractJson;
import org.sitrep.runtime.BatchCoder;
import org.sitrep.cli.Main;
import org.sitrep.cli.store.IngestWithAnnotator;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreLocation;
import org.sitrep.store.Table;

/**
 * The Spark jobs in {@code local[2]}: one session and (since local executors live in this JVM) one CoreNLP
 * load for every test here.
 */
class SparkJobIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("sitrep-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void jsonLinesOfExamplesEqualSitrepCodeAndLoadIntoDuckDb() throws Exception {
        // What `sitrep code examples/` prints: the same reader, the same pipeline, the same writer.
        Map<String, JsonNode> expected = new TreeMap<>();
        List<String> rejected = new ArrayList<>();
        new BatchCoder(ExecutorPipeline.get(), 2).run(new ArticleReader(IngestOptions.defaults()),
                List.of(EXAMPLES.toString()), c -> expected.put(c.article().id(), tree(ContractJson.line(c))),
                e -> rejected.add(e.getMessage()), w -> { });
        assertThat(rejected).isEmpty();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(6);

        Path out = tmp.resolve("out");
        JobOutput.Counts counts = SitrepJob.run(spark, EXAMPLES.toAbsolutePath().toString(), out.toString());

        List<String> lines = lines(out.resolve("jsonl"));
        List<String> ids = lines.stream().map(l -> tree(l).path("article").path("id").asText()).toList();
        assertThat(ids).isSorted().containsExactlyElementsOf(expected.keySet());
        Map<String, JsonNode> actual = new TreeMap<>();
        lines.forEach(l -> actual.put(tree(l).path("article").path("id").asText(), tree(l)));
        assertThat(actual).isEqualTo(expected);
        long events = expected.values().stream().mapToLong(n -> n.path("events").size()).sum();
        assertThat(events).isPositive();
        assertThat(counts).isEqualTo(new JobOutput.Counts(expected.size(), events, 0));
        assertThat(ExecutorPipeline.builds()).isEqualTo(1);

        // The Parquet table, read by DuckDB straight from the files, partitioned by event month.
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet r = db.createStatement().executeQuery("SELECT count(*), count(DISTINCT article_id), "
                     + "min(event_month) FROM read_parquet('" + out.resolve("events") + "/**/*.parquet', "
                     + "hive_partitioning = true)")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getLong(1)).isEqualTo(events);
            assertThat(r.getString(3)).matches("\\d{4}-\\d{2}");
        }
        try (Stream<Path> months = Files.list(out.resolve("events"))) {
            assertThat(months.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("event_month=")))
                    .isNotEmpty();
        }

        // `sitrep ingest OUT` (the coded lines, their texts from OUT/articles; nothing coded again) makes the
        // store that `sitrep ingest examples/` makes, table by table.
        try (Stream<Path> parts = Files.list(out.resolve("jsonl"))) {
            assertThat(parts.filter(p -> p.getFileName().toString().startsWith("part-")).filter(p -> p.toFile().length() > 0))
                    .isNotEmpty().allMatch(CodedJsonLines::isCoded);
        }
        Path fromInputs = tmp.resolve("inputs.duckdb");
        Path fromJob = tmp.resolve("job.duckdb");
        assertThat(IngestWithAnnotator.run(ExecutorPipeline.annotator(), "--db", fromInputs.toString(), "--no-progress",
                EXAMPLES.toString())).isZero();
        int builds = ExecutorPipeline.builds();
        assertThat(Main.run("ingest", "--db", fromJob.toString(), "--no-progress", out.toString())).isZero();
        assertThat(ExecutorPipeline.builds()).isEqualTo(builds);
        Map<String, List<List<Object>>> expectedTables = tables(fromInputs);
        Map<String, List<List<Object>>> jobTables = tables(fromJob);
        assertThat(expectedTables.get("articles")).hasSize(expected.size());
        assertThat(expectedTables.get("events")).hasSize((int) events);
        assertThat(expectedTables.get("places")).isNotEmpty();
        assertThat(expectedTables.get("quotes")).isNotEmpty();
        for (String table : expectedTables.keySet()) {
            assertThat(jobTables.get(table)).as(table).containsExactlyElementsOf(expectedTables.get(table));
        }
        try (EventStore store = EventStore.open(StoreLocation.parse(fromJob.toString()))) {
            assertThat(store.articleText("001_mosul_checkpoint")).isNotBlank()
                    .contains(expected.get("001_mosul_checkpoint").path("events").path(0).path("evidence").path("sentence").asText());
        }
    }

    /**
     * Every stored row of every table, ordered by article and ordinal, without {@code stored_at} (the clock) and
     * with {@code origin} cut to the file name (the CLI was given {@code ../examples}, the job {@code file:/...}).
     */
    private static Map<String, List<List<Object>>> tables(Path db) throws Exception {
        Map<String, List<List<Object>>> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            for (Table t : Table.ALL) {
                List<String> columns = t.columns().stream().filter(n -> !n.equals("stored_at")).toList();
                String order = t.columns().contains("ordinal") ? "article_id, ordinal" : "article_id";
                List<List<Object>> rows = new ArrayList<>();
                try (ResultSet r = c.createStatement().executeQuery("SELECT " + String.join(", ", columns) + " FROM "
                        + t.name() + " ORDER BY " + order)) {
                    while (r.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 0; i < columns.size(); i++) {
                            Object v = r.getObject(i + 1);
                            row.add(columns.get(i).equals("origin") && v != null
                                    ? v.toString().substring(v.toString().lastIndexOf('/') + 1) : v);
                        }
                        rows.add(row);
                    }
                }
                out.put(t.name(), rows);
            }
        }
        return out;
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES) // a guard against a hang (processAllAvailable has none), not a speed check
    void kafkaTopicIsCodedExactlyOnceAcrossARestart() throws Exception {
        Path out = tmp.resolve("kafka-out");
        Path checkpoint = tmp.resolve("kafka-checkpoint");
        try (KafkaBroker kafka = KafkaBroker.start(Files.createDirectories(tmp.resolve("kafka")))) {
            kafka.createTopic("news.en", 2);
            kafka.send("news.en", "001_mosul_checkpoint.txt", Files.readAllBytes(EXAMPLES.resolve("001_mosul_checkpoint.txt")));
            kafka.send("news.en", null, ("{\"id\":\"wire-7\",\"published\":\"2024-05-02\",\"text\":"
                    + "\"Police arrested 30 protesters in Nairobi on Tuesday.\"}").getBytes(StandardCharsets.UTF_8));

            StreamingQuery first = SitrepStreamJob.startKafka(spark, kafka.bootstrap(), "news.en", out.toString(),
                    checkpoint.toString(), Trigger.ProcessingTime("1 second"));
            first.processAllAvailable();
            first.stop();
            assertThat(ids(out)).containsExactly("001_mosul_checkpoint", "wire-7");

            // sent while the job is down, and after it is back: read from the checkpoint's offsets on
            kafka.send("news.en", "002_nairobi_protest.txt", Files.readAllBytes(EXAMPLES.resolve("002_nairobi_protest.txt")));
            kafka.send("news.en", "empty.txt", new byte[0]);
            StreamingQuery second = SitrepStreamJob.startKafka(spark, kafka.bootstrap(), "news.en", out.toString(),
                    checkpoint.toString(), Trigger.ProcessingTime("1 second"));
            second.processAllAvailable();
            kafka.send("news.en", "003_kyiv_talks.txt", Files.readAllBytes(EXAMPLES.resolve("003_kyiv_talks.txt")));
            second.processAllAvailable();
            second.stop();
        }

        assertThat(ids(out)).containsExactly("001_mosul_checkpoint", "002_nairobi_protest", "003_kyiv_talks", "wire-7");
        List<JsonNode> rejected = lines(out.resolve("rejected")).stream().map(SparkJobIT::tree).toList();
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.path("input").asText()).matches("kafka:news\\.en/[01]@\\d+/empty\\.txt");
            assertThat(r.path("reason").asText()).contains("empty");
        });
        List<String> articles = lines(out.resolve("articles"));
        assertThat(articles).hasSize(4);
        assertThat(articles.stream().map(SparkJobIT::tree).filter(a -> a.path("id").asText().equals("002_nairobi_protest")))
                .singleElement().satisfies(a -> assertThat(a.path("text").asText()).contains("Nairobi"));
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet r = db.createStatement().executeQuery("SELECT count(DISTINCT article_id), count(*), "
                     + "count(DISTINCT event_id) FROM read_parquet('" + out.resolve("events") + "/**/*.parquet')")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getLong(2)).isPositive().isEqualTo(r.getLong(3));
        }
    }

    @Test
    void aBadRecordIsCountedNotFatal() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(EXAMPLES.resolve("002_nairobi_protest.txt"), in.resolve("002_nairobi_protest.txt"));
        Files.writeString(in.resolve("wire.jsonl"), "{\"id\":\"ok1\",\"published\":\"2024-05-02\",\"text\":"
                + "\"Police arrested 30 protesters in Nairobi on Tuesday.\"}\n{not json\n{\"id\":\"x\"}\n");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Path out = tmp.resolve("out");

        JobOutput.Counts counts = SitrepJob.run(spark, in.toString(), out.toString());

        assertThat(counts.articles()).isEqualTo(2);
        assertThat(counts.rejected()).isEqualTo(3);
        List<JsonNode> reasons = lines(out.resolve("rejected")).stream().map(SparkJobIT::tree).toList();
        assertThat(reasons).extracting(n -> n.path("reason").asText())
                .anyMatch(r -> r.startsWith("malformed JSON")).anyMatch(r -> r.contains("empty"));
        assertThat(reasons).extracting(n -> n.path("input").asText()).anyMatch(i -> i.endsWith("wire.jsonl:2"));
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.path("rejected").asInt()).isEqualTo(3);
        assertThat(summary.path("articles").asInt()).isEqualTo(2);
    }

    @Test
    void streamingPicksUpDroppedFilesAndSurvivesARestart() throws Exception {
        Path landing = Files.createDirectories(tmp.resolve("landing"));
        Path out = tmp.resolve("stream-out");
        Path checkpoint = tmp.resolve("checkpoint");

        StreamingQuery first = SitrepStreamJob.start(spark, landing.toString(), out.toString(), checkpoint.toString(),
                Trigger.ProcessingTime("1 second"));
        drop(landing, "001_mosul_checkpoint.txt");
        drop(landing, "002_nairobi_protest.txt");
        awaitIds(out, 2);
        first.stop();

        StreamingQuery second = SitrepStreamJob.start(spark, landing.toString(), out.toString(), checkpoint.toString(),
                Trigger.ProcessingTime("1 second"));
        drop(landing, "003_kyiv_talks.txt");
        awaitIds(out, 3);
        Thread.sleep(3000); // a few more empty triggers: nothing may be coded twice
        second.stop();

        assertThat(ids(out)).containsExactly("001_mosul_checkpoint", "002_nairobi_protest", "003_kyiv_talks");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet r = db.createStatement().executeQuery("SELECT count(DISTINCT article_id), count(*), "
                     + "count(DISTINCT event_id) FROM read_parquet('" + out.resolve("events") + "/**/*.parquet')")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getLong(2)).isEqualTo(r.getLong(3));
        }
    }

    private static void drop(Path landing, String example) throws IOException {
        Path staged = Files.createTempFile(landing.getParent(), "staged", ".tmp");
        Files.copy(EXAMPLES.resolve(example), staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, landing.resolve(example), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitIds(Path out, int n) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(out.resolve("jsonl")) && ids(out).size() >= n) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("stream coded " + ids(out) + ", expected " + n + " articles");
    }

    /** Every article id in the stream's JSON Lines, with repeats, sorted. */
    private static List<String> ids(Path out) throws IOException {
        List<String> ids = new ArrayList<>(lines(out.resolve("jsonl")).stream()
                .map(l -> tree(l).path("article").path("id").asText()).toList());
        ids.sort(null);
        return ids;
    }

    private static List<String> lines(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted().toList()) {
                Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(lines::add);
            }
        }
        return lines;
    }

    private static JsonNode tree(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
