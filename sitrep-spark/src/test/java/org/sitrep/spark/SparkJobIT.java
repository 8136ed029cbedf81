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
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.CodedJsonLines;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.output.ContractJson;
import org.sitrep.runtime.BatchCoder;
import org.sitrep.store.EventStore;
import org.sitrep.store.IngestOutcome;
import org.sitrep.store.StoreLocation;

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

        // `sitrep ingest OUT/jsonl` stores these lines as they are (CodedJsonLines), without coding again.
        try (EventStore store = EventStore.open(StoreLocation.parse(tmp.resolve("events.duckdb").toString()))) {
            try (Stream<Path> parts = Files.list(out.resolve("jsonl"))) {
                assertThat(parts.filter(p -> p.getFileName().toString().startsWith("part-")).filter(p -> p.toFile().length() > 0))
                        .isNotEmpty().allMatch(CodedJsonLines::isCoded);
            }
            for (String line : lines) {
                assertThat(store.store(CodedJsonLines.read(line, "jsonl"))).isEqualTo(IngestOutcome.STORED);
            }
            assertThat(store.summary().articles()).isEqualTo(expected.size());
            assertThat(store.summary().mentions()).isEqualTo(events);
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
