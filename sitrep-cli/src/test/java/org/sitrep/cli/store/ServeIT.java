package org.sitrep.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.TestAnnotator;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.MentionJson;
import org.sitrep.store.StoreReader;
import org.sitrep.store.StoreLocation;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine;

/**
 * {@code sitrep serve} on the database that {@code sitrep ingest examples/} makes, with the real pipeline (the
 * shared CoreNLP annotator) behind {@code POST /articles}: the API describes the same events as the store's
 * query, the article endpoint's highlights point at the trigger, and a posted article is coded and stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "serve-it-token";
    private final HttpClient http = HttpClient.newHttpClient();
    private StoreLocation db;
    private SitrepServer server;

    @BeforeAll
    void ingestExamplesAndServe(@TempDir Path dir) {
        db = StoreLocation.duckDb(dir.resolve("examples.duckdb"));
        IngestCommand ingest = new IngestCommand();
        ingest.annotators = options -> TestAnnotator.shared();
        int exit = new CommandLine(ingest).execute("--db", db.file().toString(), "--threads", "2", "--no-progress",
                "../examples");
        assertThat(exit).isZero();
        server = SitrepServer.start(ServerConfig.loopback(db, 0, TOKEN), TestAnnotator.pipeline()::run);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void theApiDescribesTheSameEventsAsTheStore() throws Exception {
        Set<String> clusters = new HashSet<>();
        try (EventStore store = EventStore.open(db)) {
            for (StoredEvent m : store.query(EventQuery.all())) {
                clusters.add(m.clusterId());
            }
        }
        assertThat(clusters).hasSizeGreaterThan(10);
        JsonNode page = get("/api/v1/events?limit=1000");
        assertThat(page.get("total").asInt()).isEqualTo(clusters.size());
        Set<String> ids = new HashSet<>();
        page.get("events").forEach(e -> ids.add(e.get("id").asText()));
        assertThat(ids).isEqualTo(clusters);
        assertThat(get("/api/v1/health").get("events").asInt()).isEqualTo(clusters.size());
        assertThat(get("/api/v1/stats").get("total").asInt()).isEqualTo(clusters.size());
    }

    /** The API JSON stored with each mention coded by the real pipeline is the JSON built from the read-back record. */
    @Test
    void theStoredJsonOfEveryCodedMentionIsTheJsonBuiltFromItsRecord() {
        try (StoreReader reader = StoreReader.open(db, 1)) {
            StoreReader.Page built = reader.events(EventQuery.all(), 1000, null);
            StoreReader.JsonPage stored = reader.jsonEvents(EventQuery.all(), 1000, null, -1);
            assertThat(reader.mentionsWithoutJson()).isZero();
            assertThat(stored.events()).hasSameSizeAs(built.events()).hasSizeGreaterThan(10);
            int mentions = 0;
            for (int i = 0; i < built.events().size(); i++) {
                StoreReader.Cluster c = built.events().get(i);
                StoreReader.JsonCluster j = stored.events().get(i);
                assertThat(j.clusterId()).isEqualTo(c.clusterId());
                assertThat(j.representative().eventId()).isEqualTo(c.representative().event().id());
                for (int k = 0; k < c.mentions().size(); k++) {
                    StoredEvent m = c.mentions().get(k);
                    assertThat(j.mentions().get(k).eventFields()).as(m.event().id()).isEqualTo(MentionJson.eventFields(m));
                    assertThat(j.mentions().get(k).mention()).as(m.event().id()).isEqualTo(MentionJson.mention(m));
                    mentions++;
                }
                assertThat(j.mentions()).hasSameSizeAs(c.mentions());
            }
            assertThat(mentions).isGreaterThanOrEqualTo(built.events().size());
        }
    }

    @Test
    void theArticleHighlightsPointAtTheTrigger() throws Exception {
        JsonNode first = get("/api/v1/events?limit=1&country=IRQ").get("events").get(0);
        String articleId = first.get("mentions").get(0).get("article").get("id").asText();
        JsonNode article = get("/api/v1/articles/" + java.net.URLEncoder.encode(articleId, StandardCharsets.UTF_8));
        String text = article.get("article").get("text").asText();
        int triggers = 0;
        for (JsonNode e : article.get("events")) {
            for (JsonNode h : e.get("highlights")) {
                String span = text.substring(h.get("start").asInt(), h.get("end").asInt());
                if (h.get("kind").asText().equals("trigger")) {
                    assertThat(span).isEqualToIgnoringCase(e.get("evidence").get("trigger").asText());
                    triggers++;
                }
                assertThat(h.get("start").asInt()).isGreaterThanOrEqualTo(e.get("evidence").get("start").asInt());
            }
        }
        assertThat(triggers).isPositive();
    }

    @Test
    void aPostedArticleIsCodedByThePipelineAndStored() throws Exception {
        String body = "{\"id\": \"posted-1\", \"title\": \"Arrests in Kinshasa\", \"published\": \"2024-03-19\","
                + " \"text\": \"Police arrested ten protesters in Kinshasa on Tuesday, witnesses said.\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/v1/articles")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode coded = JSON.readTree(r.body());
        assertThat(coded.get("events")).isNotEmpty();
        assertThat(coded.get("events").get(0).get("location").get("country").asText()).isEqualTo("COD");
        JsonNode stored = get("/api/v1/articles/posted-1");
        assertThat(stored.get("events")).hasSameSizeAs(coded.get("events"));
    }
}
