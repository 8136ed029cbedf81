package org.sitrep.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
}
