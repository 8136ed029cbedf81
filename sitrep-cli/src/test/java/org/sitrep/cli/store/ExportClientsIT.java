package org.sitrep.cli.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import org.sitrep.cli.TestAnnotator;
import org.sitrep.export.GlobalEventId;
import org.sitrep.model.Factuality;
import org.sitrep.output.ContractSchema;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreLocation;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine;

/**
 * The exports of the store that {@code sitrep ingest examples/} makes, read by GDELT and ACLED users' own tools
 * from Debian's packages: pandas ({@code python3-pandas}) and R's readr ({@code r-base-core}, {@code r-cran-readr}),
 * installed by .ci/run. Each test is skipped, saying why, where its client is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportClientsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path dir;
    private Path db;
    private Path events;
    private Path mentions;
    private Path acled;
    /** Asserted real-world events by cluster id, each with its mentions. */
    private final Map<String, List<StoredEvent>> asserted = new LinkedHashMap<>();

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    void ingestExamplesAndExport(@TempDir Path tmp) throws Exception {
        dir = tmp;
        db = dir.resolve("examples.duckdb");
        Run ingest = ingest(db, ContractSchema.repositoryRoot().resolve("examples"));
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        Path out = Files.createDirectory(dir.resolve("out"));
        for (String format : List.of("gdelt-csv", "gdelt-mentions", "acled-csv")) {
            Run r = sitrep("export", format, "--db", db.toString(), "-o", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
        }
        events = out.resolve("gdelt-events.v2.export.tsv");
        mentions = out.resolve("gdelt-mentions.v1.mentions.tsv");
        acled = out.resolve("acled.v2.csv");
        try (EventStore store = EventStore.open(StoreLocation.parse(db.toString()))) {
            store.forEach(EventQuery.all().withFactuality(Set.of(Factuality.ASSERTED)), true,
                    m -> asserted.computeIfAbsent(m.clusterId(), k -> new ArrayList<>()).add(m));
        }
        assertThat(asserted).hasSizeGreaterThan(10);
    }

    /** The asserted event reported at this place (the cluster's first mention's location name). */
    private StoredEvent firstAt(String place) {
        return asserted.values().stream().map(ms -> ms.stream().filter(m -> m.event().id().equals(m.clusterId()))
                        .findFirst().orElse(ms.get(0)))
                .filter(m -> m.event().location() != null && place.equals(m.event().location().name()))
                .findFirst().orElseThrow(() -> new AssertionError("no asserted event at " + place));
    }

    @Test
    void pandasReadsTheGdeltEventsAndMentionsAndTheAcledTableUnchanged() throws Exception {
        String python = python();
        Run r = run(List.of(python, script("read_exports.py").toString(), events.toString(), mentions.toString(),
                acled.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode read = JSON.readTree(r.out());

        JsonNode ev = read.get("events");
        assertThat(ev.get("columns").asInt()).isEqualTo(61);
        assertThat(ev.get("rows").asInt()).as("one row per asserted real-world event").isEqualTo(asserted.size());
        assertThat(ev.get("idType").asText()).isEqualTo("int64");
        assertThat(ev.get("dateType").asText()).isEqualTo("int64");
        StoredEvent goma = firstAt("Goma");
        JsonNode row = ev.get("byId").get(String.valueOf(GlobalEventId.of(goma.clusterId())));
        assertThat(row).as("the Goma shelling by its GLOBALEVENTID").isNotNull();
        assertThat(row.get("EventCode").asText()).isEqualTo(goma.event().cameo());
        assertThat(row.get("EventRootCode").asText()).isEqualTo(goma.event().cameoRoot());
        assertThat(row.get("SQLDATE").asLong()).isEqualTo(Long.parseLong(
                goma.event().date().start().format(DateTimeFormatter.BASIC_ISO_DATE)));
        assertThat(row.get("ActionGeo_CountryCode").asText()).isEqualTo("CG");
        assertThat(row.get("ActionGeo_ADM1Code").asText()).isEqualTo("CG11");
        assertThat(row.get("ActionGeo_FullName").asText()).isEqualTo("Goma, North Kivu, Democratic Republic of Congo");
        assertThat(row.get("SOURCEURL").asText()).isEqualTo("https://example.org/africa/goma-camp-shelling");
        assertThat(String.valueOf(row.get("DATEADDED").asLong())).hasSize(14).startsWith("20");
        assertThat(row.get("NumMentions").asInt()).isEqualTo(asserted.get(goma.clusterId()).size());
        StoredEvent mosul = firstAt("Mosul");
        JsonNode mosulRow = ev.get("byId").get(String.valueOf(GlobalEventId.of(mosul.clusterId())));
        assertThat(mosulRow.get("ActionGeo_CountryCode").asText()).isEqualTo("IZ");
        assertThat(mosulRow.get("ActionGeo_ADM1Code").asText()).isEqualTo("IZ15");
        assertThat(ev.get("sourceUrlAt60")).as("readers that take column 60 as SOURCEURL")
                .anySatisfy(u -> assertThat(u.asText()).isEqualTo("https://example.org/africa/goma-camp-shelling"));
        assertThat(ev.get("codeAt26")).as("readers that take column 26 as EventCode")
                .allSatisfy(c -> assertThat(c.asText()).matches("\\d{2,4}"));

        JsonNode me = read.get("mentions");
        assertThat(me.get("columns").asInt()).isEqualTo(16);
        assertThat(me.get("rows").asInt()).isEqualTo(asserted.values().stream().mapToInt(List::size).sum());
        assertThat(me.get("unknownEvents").asInt()).as("every mention joins an event").isZero();
        assertThat(me.get("identifiers")).anySatisfy(i -> assertThat(i.asText())
                .isEqualTo("https://example.org/africa/goma-camp-shelling"));

        JsonNode ac = read.get("acled");
        List<String> columns = new ArrayList<>();
        ac.get("columns").forEach(c -> columns.add(c.asText()));
        assertThat(columns).containsExactly("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
                "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
                "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
                "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                "fatalities", "tags", "timestamp");
        JsonNode gomaAcled = ac.get("byId").get("COD" + GlobalEventId.of(goma.clusterId()));
        assertThat(gomaAcled).isNotNull();
        assertThat(gomaAcled.get("event_type").asText()).isEqualTo(goma.event().acled().eventType());
        assertThat(gomaAcled.get("country").asText()).isEqualTo("Democratic Republic of Congo");
        assertThat(gomaAcled.get("iso").asInt()).isEqualTo(180);
        assertThat(gomaAcled.get("region").asText()).isEqualTo("Middle Africa");
        assertThat(gomaAcled.get("admin1").asText()).isEqualTo("North Kivu");
        assertThat(gomaAcled.get("admin2").asText()).as("the gazetteer's district").isEqualTo("Goma");
        assertThat(gomaAcled.get("location").asText()).isEqualTo("Goma");
        assertThat(gomaAcled.get("event_date").asText()).isEqualTo(goma.event().date().start().toString());
        assertThat(gomaAcled.get("timestamp").asLong()).isGreaterThan(1_700_000_000L);
        ac.get("byId").forEach(a -> assertThat(a.get("actor1").isNull() || !a.get("actor1").asText().matches("(?i)(a|an|the|three|two) .*"))
                .as("no bare span as an actor: " + a).isTrue());
    }

    @Test
    void rReadsTheGdeltEventTableIntoSixtyOneColumns() throws Exception {
        assumeTrue(onPath("Rscript"), "Rscript is absent (Debian: r-base-core r-cran-readr): R client test skipped");
        StoredEvent goma = firstAt("Goma");
        Run r = run(List.of("Rscript", script("read_gdelt.R").toString(), events.toString(),
                String.valueOf(GlobalEventId.of(goma.clusterId()))));
        assumeTrue(!r.err().contains("there is no package called"), "R's readr is absent (Debian: r-cran-readr): skipped");
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, String> facts = new LinkedHashMap<>();
        r.out().lines().forEach(l -> {
            String[] kv = l.strip().split(" ", 2);
            facts.put(kv[0], kv.length > 1 ? kv[1].strip() : "");
        });
        assertThat(facts.get("columns")).isEqualTo("61");
        assertThat(facts.get("rows")).isEqualTo(String.valueOf(asserted.size()));
        assertThat(facts.get("problems")).isEqualTo("0");
        assertThat(facts.get("matches")).isEqualTo("1");
        assertThat(facts.get("EventCode")).isEqualTo(String.valueOf(Integer.parseInt(goma.event().cameo())));
        assertThat(facts.get("SQLDATE")).isEqualTo(goma.event().date().start().format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(facts.get("ActionGeo_CountryCode")).isEqualTo("CG");
        assertThat(facts.get("SOURCEURL")).isEqualTo("https://example.org/africa/goma-camp-shelling");
    }

    @Test
    void sinceReturnsExactlyWhatASecondIngestStored() throws Exception {
        Path first = Files.createDirectories(dir.resolve("since/first"));
        Path both = Files.createDirectories(dir.resolve("since/both"));
        String old = "date 2024-03-14 Clash near Goma\nSoldiers attacked rebels near Goma on Monday, killing four fighters.\n";
        String fresh = "date 2024-03-16 Arrests in Kinshasa\nPolice arrested ten protesters in Kinshasa on Friday.\n";
        Files.writeString(first.resolve("old1.txt"), old);
        Files.writeString(both.resolve("old1.txt"), old);
        Files.writeString(both.resolve("new2.txt"), fresh);
        Path sinceDb = dir.resolve("since.duckdb");
        assertThat(ingest(sinceDb, first).exit()).isZero();
        Thread.sleep(1100);
        String t = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0) + "Z";
        Thread.sleep(1100);
        Run second = ingest(sinceDb, both);
        assertThat(second.err()).contains("1 stored, 0 replaced, 1 unchanged");

        Run all = sitrep("query", "--db", sinceDb.toString(), "--format", "jsonl");
        Run since = sitrep("query", "--db", sinceDb.toString(), "--format", "jsonl", "--since", t);
        assertThat(since.exit()).as(since.err()).isZero();
        List<String> expected = all.out().lines().filter(l -> l.contains("\"id\":\"new2\"")).toList();
        assertThat(expected).isNotEmpty();
        assertThat(since.out().lines().toList()).isEqualTo(expected);
        Run newMentions = sitrep("export", "gdelt-mentions", "--db", sinceDb.toString(), "--since", t,
                "--factuality", "asserted,negated,possible,future");
        assertThat(newMentions.out().lines().toList()).hasSize(expected.size())
                .allSatisfy(l -> assertThat(l.split("\t", -1)[5]).isEqualTo("new2.txt: Arrests in Kinshasa"));
        Run bad = sitrep("query", "--db", sinceDb.toString(), "--since", "last week");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("sitrep: query: --since: 'last week' is not a time"
                + " (2024-03-14T08:00:00Z, 2024-03-14, 20240314080000 or Unix seconds)");
    }

    private Run ingest(Path database, Path folder) throws Exception {
        IngestCommand command = new IngestCommand();
        command.annotators = options -> TestAnnotator.shared();
        return capture(() -> new CommandLine(command).execute("--db", database.toString(), "--threads", "2",
                "--no-progress", folder.toString()));
    }

    private static Run sitrep(String... args) throws Exception {
        return capture(() -> Main.run(args));
    }

    private static Run capture(java.util.concurrent.Callable<Integer> body) throws Exception {
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

    private Path script(String name) throws IOException {
        Path p = dir.resolve(name);
        try (var in = ExportClientsIT.class.getResourceAsStream("/clients/" + name)) {
            Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    /** Debian's python3 (where python3-pandas installs) or the first python3 on the path that imports pandas. */
    private static String python() throws Exception {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            if (candidate.startsWith("/") && !Files.isExecutable(Path.of(candidate))) {
                continue;
            }
            try {
                if (run(List.of(candidate, "-c", "import pandas")).exit() == 0) {
                    return candidate;
                }
            } catch (IOException absent) {
                // try the next one
            }
        }
        assumeTrue(false, "python3 with pandas is absent (Debian: python3-pandas): pandas client test skipped");
        return null;
    }

    private static boolean onPath(String command) {
        try {
            return run(List.of(command, "--version")).exit() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static Run run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).start();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
