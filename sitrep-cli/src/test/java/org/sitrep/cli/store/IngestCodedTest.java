package org.sitrep.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreLocation;

/** {@code sitrep ingest} on already-coded contract JSON Lines (the Spark job's OUT/jsonl): stored, not re-coded. */
class IngestCodedTest {
    private static String line(String id, String cameo) {
        return "{\"article\":{\"id\":\"" + id + "\",\"title\":null,\"published\":\"2024-03-14\",\"source\":null,"
                + "\"url\":null,\"language\":\"en\"},\"events\":[{\"id\":\"" + id + "-e1\",\"cameo\":\"" + cameo + "\","
                + "\"cameo_name\":\"x\",\"quad_class\":4,\"goldstein\":-10.0,\"plover\":null,\"acled\":null,"
                + "\"factuality\":\"asserted\",\"source\":null,\"target\":null,\"date\":{\"start\":\"2024-03-13\","
                + "\"end\":\"2024-03-13\",\"precision\":\"day\",\"text\":null},\"location\":null,\"fatalities\":null,"
                + "\"evidence\":{\"sentence\":\"Gunmen attacked a checkpoint in " + id + ".\",\"start\":0,\"end\":30,"
                + "\"trigger\":\"attacked\"},\"confidence\":0.9}],\"quotes\":[],\"places\":[]}";
    }

    @Test
    void storesCodedOutputWithoutCodingAndOnlyOnce(@TempDir Path tmp) throws Exception {
        Path jsonl = Files.createDirectories(tmp.resolve("out/jsonl"));
        Files.writeString(jsonl.resolve("part-00000"), line("a1", "190") + "\n" + line("a2", "145") + "\n");
        Files.writeString(jsonl.resolve("part-00001"), line("a3", "173") + "\n{\"article\":{}}\n");
        Files.writeString(jsonl.resolve(".part-00000.crc"), "binary checksum");
        String db = tmp.resolve("events.duckdb").toString();

        assertThat(Main.run("ingest", "--db", db, "--no-progress", jsonl.toString())).isEqualTo(2);
        assertThat(Main.run("ingest", "--db", db, "--no-progress", jsonl.resolve("part-00000").toString())).isZero();

        try (EventStore store = EventStore.open(StoreLocation.parse(db))) {
            assertThat(store.summary().articles()).isEqualTo(3);
            assertThat(store.summary().mentions()).isEqualTo(3);
        }
    }

    @Test
    void storesTheSparkJobsOutputWithItsTextsAndPatrons(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        String text = "Gunmen attacked a checkpoint in b1. \"We will return\", said a commander of the "
                + "Iran-backed militia.";
        String coded = line("b1", "190").replace("\"target\":null", "\"target\":{\"text\":\"the Iran-backed "
                        + "militia\",\"name\":null,\"code\":\"IRQREB\",\"country\":\"IRQ\",\"role\":\"REB\","
                        + "\"affiliation\":null,\"patron\":\"IRN\"}")
                .replace("\"quotes\":[]", "\"quotes\":[{\"text\":\"We will return\",\"start\":37,\"end\":51,"
                        + "\"speaker\":{\"text\":\"a commander\",\"name\":null,\"code\":\"IRQREB\",\"country\":\"IRQ\","
                        + "\"role\":\"REB\",\"affiliation\":null,\"patron\":\"IRN\"}}]");
        String record = "{\"id\":\"b1\",\"title\":null,\"published\":\"2024-03-14\",\"source\":null,\"url\":null,"
                + "\"language\":\"en\",\"origin\":\"file:/news/b1.txt\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
        Files.writeString(Files.createDirectories(out.resolve("jsonl")).resolve("part-00000"),
                coded + "\n" + line("b2", "145") + "\n");
        Files.writeString(Files.createDirectories(out.resolve("articles")).resolve("part-00000"), record + "\n"
                + record.replace("\"b1\"", "\"b2\"").replace("b1.txt", "b2.txt") + "\n");
        Files.writeString(Files.createDirectories(out.resolve("rejected")).resolve("part-00000"),
                "{\"input\":\"file:/news/bad.jsonl:2\",\"reason\":\"malformed JSON\"}\n");
        Files.write(Files.createDirectories(out.resolve("events/event_month=2024-03")).resolve("part-0.parquet"),
                new byte[] {'P', 'A', 'R', '1', 0, 0, 'P', 'A', 'R', '1'});
        Files.writeString(out.resolve("summary.json"), "{\"articles\": 2, \"events\": 2, \"rejected\": 1}\n");
        String db = tmp.resolve("events.duckdb").toString();

        assertThat(Main.run("ingest", "--db", db, "--no-progress", out.toString())).isZero();
        assertThat(Main.run("ingest", "--db", db, "--no-progress", out.resolve("jsonl").toString())).isZero();

        try (EventStore store = EventStore.open(StoreLocation.parse(db))) {
            assertThat(store.summary().articles()).isEqualTo(2);
            assertThat(store.summary().mentions()).isEqualTo(2);
            assertThat(store.articleText("b1")).isEqualTo(text);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
             Statement st = c.createStatement()) {
            ResultSet r = st.executeQuery("SELECT origin, target_patron, speaker_patron FROM articles "
                    + "JOIN events USING (article_id) LEFT JOIN quotes USING (article_id) ORDER BY article_id");
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("file:/news/b1.txt");
            assertThat(r.getString(2)).isEqualTo("IRN");
            assertThat(r.getString(3)).isEqualTo("IRN");
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("file:/news/b2.txt");
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void aMismatchedArticlesFileRejectsTheLineNotTheRun(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Files.writeString(Files.createDirectories(out.resolve("jsonl")).resolve("part-00000"),
                line("c1", "190") + "\n" + line("c2", "145") + "\n");
        Files.writeString(Files.createDirectories(out.resolve("articles")).resolve("part-00000"),
                "{\"id\":\"c1\",\"text\":\"Gunmen attacked a checkpoint in c1.\"}\n");
        Files.writeString(out.resolve("summary.json"), "{}\n");
        String db = tmp.resolve("events.duckdb").toString();

        assertThat(Main.run("ingest", "--db", db, "--no-progress", out.toString())).isEqualTo(2);

        try (EventStore store = EventStore.open(StoreLocation.parse(db))) {
            assertThat(store.summary().articles()).isEqualTo(1);
            assertThat(store.articleText("c1")).isEqualTo("Gunmen attacked a checkpoint in c1.");
        }
    }
}
