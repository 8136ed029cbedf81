package org.sitrep.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import org.sitrep.cli.TestAnnotator;
import org.sitrep.output.ContractSchema;
import picocli.CommandLine;

/**
 * The store commands end to end on real articles coded by the real pipeline: ingest (twice: the second
 * run changes nothing), query in all three formats, every export format, and the one-line messages for a
 * database that cannot be used.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreCommandsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path dir;

    private Path db;
    private Path articles;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    void ingestOnce(@TempDir Path tmp) throws Exception {
        dir = tmp;
        articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("wire1.txt"), "date 2024-03-14 Clash near Goma\n"
                + "Soldiers attacked rebels near Goma on Monday, killing four fighters.\n"
                + "Police arrested ten protesters in Kinshasa on Tuesday.\n");
        Files.writeString(articles.resolve("paper2.txt"), "date 2024-03-15 Fighting in the east\n"
                + "Rebels fought the army outside Goma on Monday, local officials said.\n");
        db = dir.resolve("events.duckdb");
        Run first = ingest();
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("2 stored, 0 replaced, 0 unchanged").doesNotContain("Exception");
    }

    private Run ingest() throws Exception {
        IngestCommand command = new IngestCommand();
        command.annotators = options -> TestAnnotator.shared();
        return capture(() -> new CommandLine(command).execute("--db", db.toString(), "--threads", "2", articles.toString()));
    }

    private static Run capture(Callable<Integer> body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = body.call();
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static Run sitrep(String... args) throws Exception {
        return capture(() -> Main.run(args));
    }

    @Test
    void ingestingTheSameArticlesAgainChangesNothing() throws Exception {
        String before = sitrep("query", "--db", db.toString(), "--format", "jsonl").out();
        Run again = ingest();
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("0 stored, 0 replaced, 2 unchanged, 0 events");
        assertThat(sitrep("query", "--db", db.toString(), "--format", "jsonl").out()).isEqualTo(before);
    }

    @Test
    void queryPrintsContractEventObjectsTablesAndCsv() throws Exception {
        Run jsonl = sitrep("query", "--db", db.toString(), "--format", "jsonl");
        assertThat(jsonl.exit()).isZero();
        List<String> lines = jsonl.out().lines().toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode event = JSON.readTree(line);
            assertThat(event.path("article").path("id").asText()).isIn("wire1", "paper2");
            assertThat(event.path("cluster_id").asText()).isNotEmpty();
            ObjectNode doc = JSON.createObjectNode();
            doc.putObject("article").put("id", "x").put("published", "2024-03-14");
            doc.putArray("events").add(event);
            doc.putArray("quotes");
            doc.putArray("places");
            assertThat(ContractSchema.problems(doc)).as(line).isEmpty();
        }
        Run table = sitrep("query", "--db", db.toString());
        assertThat(table.out()).startsWith("date").contains(lines.size() + " event mention(s)");
        Run csv = sitrep("query", "--db", db.toString(), "--format", "csv", "--text", "goma");
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("event_id,cluster_id,article_id,date_start");
        assertThat(csv.out().lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l.toLowerCase()).contains("goma"));
        Run none = sitrep("query", "--db", db.toString(), "--from", "2030-01-01", "--format", "csv");
        assertThat(none.out().lines()).hasSize(1);
    }

    @Test
    void everyExportFormatIsWritten() throws Exception {
        Run gdelt = sitrep("export", "gdelt-csv", "--db", db.toString());
        assertThat(gdelt.exit()).isZero();
        assertThat(gdelt.out()).as("GDELT's files have no header").isNotEmpty().doesNotContain("GLOBALEVENTID");
        assertThat(gdelt.out().lines()).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        Run readable = sitrep("export", "sitrep-csv", "--db", db.toString());
        assertThat(readable.out()).startsWith("GLOBALEVENTID,SQLDATE,MonthYear,Year,Actor1Code");
        Run acled = sitrep("export", "acled-csv", "--db", db.toString());
        assertThat(acled.out()).startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type");
        Path geo = dir.resolve("events.geojson");
        Run geojson = sitrep("export", "geojson", "--db", db.toString(), "-o", geo.toString());
        assertThat(geojson.exit()).as(geojson.err()).isZero();
        JsonNode collection = JSON.readTree(geo.toFile());
        assertThat(collection.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.path("features").isArray()).isTrue();
        Run jsonl = sitrep("export", "jsonl", "--db", db.toString());
        assertThat(jsonl.out().lines().count())
                .isEqualTo(sitrep("query", "--db", db.toString(), "--format", "jsonl").out().lines().count());
        Run bad = sitrep("export", "shapefile", "--db", db.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown export format shapefile");
    }

    @Test
    void anUnusableDatabaseGivesOneLineNamingItAndANonZeroExit() throws Exception {
        Path corrupt = dir.resolve("corrupt.duckdb");
        Files.writeString(corrupt, "not a database at all ".repeat(500));
        Run r = sitrep("query", "--db", corrupt.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("sitrep: " + corrupt + ": ").doesNotContain("\n").doesNotContain("Exception");

        Run pg = sitrep("query", "--db", "postgresql://sitrep:secret@127.0.0.1:1/nowhere");
        assertThat(pg.exit()).isEqualTo(1);
        assertThat(pg.err().strip()).startsWith("sitrep: postgresql://sitrep:***@127.0.0.1:1/nowhere: cannot reach the PostgreSQL server")
                .doesNotContain("secret").doesNotContain("\n");
    }
}
