package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitrep.export.EventExport;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreLocation;
import org.sitrep.store.StoreReader;
import org.sitrep.store.StoredEvent;

/**
 * The API's contract on a real store started on a random loopback port; run against DuckDB and, when
 * SITREP_TEST_POSTGRES_URL is set, PostgreSQL. Expected values come from the store's own query layer (what
 * {@code sitrep query} and {@code sitrep export} print) and from the fixture's known events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContract {
    protected StoreLocation location;
    protected SitrepServer server;
    protected Http http;

    /** Called by the subclass once its store is filled. */
    protected void startOn(StoreLocation where) {
        location = where;
        TestStore.fill(where);
        server = SitrepServer.start(ServerConfig.loopback(where, 0, null), a -> {
            throw new AssertionError("no coding in read tests");
        });
        // on DuckDB the API answers from the in-memory index once it is read: test that (PostgreSQL has none)
        assertThat(server.awaitIndex(60)).isEqualTo(where.dialect() == org.sitrep.store.Dialect.DUCKDB);
        http = new Http(server);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private JsonNode ok(String path) {
        Http.Reply r = http.get(path);
        assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void healthCountsRealWorldEvents() {
        JsonNode h = ok("/api/v1/health");
        assertThat(h.get("status").asText()).isEqualTo("ok");
        // 2 Baghdad reports merged into 1, 3 in Nairobi, 1 in Kyiv, 300 synthetic (merged among themselves or not)
        assertThat(h.get("events").asLong()).isEqualTo(TestStore.realWorldEvents(location));
        assertThat(h.get("events").asLong()).isBetween(5L, 305L);
    }

    @Test
    void theBaghdadReportsAreOneEventWithTwoMentions() {
        JsonNode page = ok("/api/v1/events?country=IRQ");
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(page.get("next").isNull()).isTrue();
        JsonNode e = page.get("events").get(0);
        assertThat(e.get("id").asText()).isEqualTo("bag-1-e0");
        assertThat(e.get("cameo").asText()).isEqualTo("190");
        assertThat(e.get("location").get("name").asText()).isEqualTo("Baghdad");
        assertThat(e.get("mentions")).hasSize(2);
        assertThat(e.get("mentions").get(1).get("article").get("id").asText()).isEqualTo("bag-2");
        assertThat(e.get("mentions").get(1).get("evidence").get("sentence").asText())
                .isEqualTo(TestStore.BAG2);

        JsonNode one = ok("/api/v1/events/bag-1-e0");
        assertThat(one.get("mentions")).hasSize(2);
        JsonNode m = one.get("mentions").get(0);
        assertThat(m.get("article").get("title").asText()).isEqualTo("Rockets hit Baghdad");
        assertThat(m.get("article").get("url").asText()).isEqualTo("https://news.example/bag-1");
        assertThat(m.get("article").get("published").asText()).isEqualTo("2024-03-08");
        int start = m.get("evidence").get("start").asInt();
        assertThat(TestStore.BAG1.substring(start, m.get("evidence").get("end").asInt()))
                .isEqualTo(m.get("evidence").get("sentence").asText());
    }

    @Test
    void everyFilterGivesTheSameSetAsTheStoreQuery() {
        List<String> filters = List.of("", "country=KEN", "from=2024-06-01&to=2024-06-30", "actor=kataib",
                "actor=KEN", "cameo=14", "cameo=190", "acled=Protests", "acled=peaceful%20protest",
                "bbox=30,40,40,60", "factuality=possible", "factuality=asserted,possible", "text=tear%20gas",
                "country=KEN&factuality=asserted", "from=2020-01-02&to=2020-01-03&cameo=19");
        for (String f : filters) {
            EventQuery q = new QueryParams(parse(f), QueryParams.FILTERS).query();
            Set<String> expected = new HashSet<>();
            try (EventStore store = EventStore.open(location)) {
                for (StoredEvent m : store.query(q)) {
                    expected.add(m.clusterId());
                }
            }
            Set<String> got = new HashSet<>();
            String cursor = null;
            long total = -1;
            do {
                JsonNode page = ok("/api/v1/events?limit=7&" + f + (cursor == null ? "" : "&cursor=" + cursor));
                total = page.get("total").asLong();
                for (JsonNode e : page.get("events")) {
                    assertThat(got.add(e.get("id").asText())).as("no event twice across pages: " + f).isTrue();
                }
                cursor = page.get("next").isNull() ? null : page.get("next").asText();
            } while (cursor != null);
            assertThat(got).as(f).isEqualTo(expected);
            assertThat(total).as(f).isEqualTo(expected.size());
            JsonNode stats = ok("/api/v1/stats?" + f);
            assertThat(stats.get("total").asLong()).as("stats " + f).isEqualTo(expected.size());
            long perDay = 0;
            for (JsonNode n : stats.get("per_day")) {
                perDay += n.asLong();
            }
            assertThat(perDay).as("per-day sum " + f).isEqualTo(expected.size());
            JsonNode grid = ok("/api/v1/grid?zoom=3&" + f);
            assertThat(grid.get("total").asLong()).as("grid " + f).isEqualTo(stats.get("located").asLong());
        }
    }

    /**
     * {@code /events} answers with the JSON the store kept for each mention, concatenated: byte for byte the page
     * built from the stored records the way it was built before (contract event objects through Jackson).
     */
    @Test
    void pagesFromTheStoredJsonEqualPagesBuiltFromTheRecords() {
        List<String> filters = List.of("", "country=KEN", "country=IRQ", "text=rockets", "cameo=19",
                "from=2020-01-02&to=2020-01-09", "factuality=possible");
        int pages = 0;
        // read as the token-less server reads (a DuckDB file read-only per query): one process cannot hold a file
        // both read-only and read-write
        try (StoreReader reader = StoreReader.sharing(location, 1, org.sitrep.store.LockWait.READ_DEFAULT)) {
            for (String f : filters) {
                EventQuery q = new QueryParams(parse(f), QueryParams.FILTERS).query();
                for (int limit : new int[] {3, 100}) {
                    String cursor = null;
                    do {
                        String path = "/api/v1/events?limit=" + limit + (f.isEmpty() ? "" : "&" + f)
                                + (cursor == null ? "" : "&cursor=" + cursor);
                        Http.Reply r = http.get(path);
                        assertThat(r.status()).as(path).isEqualTo(200);
                        StoreReader.Page built = reader.events(q, limit, cursor == null ? null : PageCursor.decode(cursor));
                        assertThat(r.body()).as(path).isEqualTo(builtPage(built));
                        cursor = built.next() == null ? null : PageCursor.encode(built.next());
                        pages++;
                    } while (cursor != null);
                }
            }
        }
        assertThat(pages).isGreaterThan(filters.size() * 2);
    }

    /** A page as {@code /events} built it from the records before the store kept each mention's JSON. */
    private static String builtPage(StoreReader.Page page) {
        com.fasterxml.jackson.databind.node.ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("total", page.total());
        com.fasterxml.jackson.databind.node.ArrayNode events = o.putArray("events");
        for (StoreReader.Cluster c : page.events()) {
            events.add(ApiJson.merged(c));
        }
        o.put("next", page.next() == null ? null : PageCursor.encode(page.next()));
        return new String(ApiJson.bytes(o), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void pagingOneByOneSeesEveryEventOnceEvenWhenItsReportsSpanDays() {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = ok("/api/v1/events?limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
            for (JsonNode e : page.get("events")) {
                assertThat(seen.add(e.get("id").asText())).as("seen twice: " + e.get("id")).isTrue();
            }
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (cursor != null && pages < 1000);
        assertThat(seen).hasSize(TestStore.realWorldEvents(location)).contains("bag-1-e0");
        JsonNode later = ok("/api/v1/events?from=2024-03-09&country=IRQ");
        assertThat(later.get("events").get(0).get("mentions")).hasSize(1);
        assertThat(later.get("events").get(0).get("id").asText()).isEqualTo("bag-1-e0");
    }

    private static java.util.Map<String, List<String>> parse(String query) {
        java.util.Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String kv : query.split("&")) {
                String[] p = kv.split("=", 2);
                m.put(p[0], List.of(java.net.URLDecoder.decode(p[1], java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        return m;
    }

    @Test
    void statsCountPerFacet() {
        JsonNode s = ok("/api/v1/stats?from=2024-06-01&to=2024-07-31");
        assertThat(s.get("total").asInt()).isEqualTo(3);
        assertThat(s.get("located").asInt()).isEqualTo(2);
        assertThat(s.get("per_country").get("KEN").asInt()).isEqualTo(2);
        assertThat(s.get("per_country").get("none").asInt()).isEqualTo(1);
        assertThat(s.get("per_acled_type").get("Protests").asInt()).isEqualTo(3);
        assertThat(s.get("per_cameo_root").get("14").asInt()).isEqualTo(2);
        assertThat(s.get("per_cameo_root").get("17").asInt()).isEqualTo(1);
        assertThat(s.get("per_factuality").get("possible").asInt()).isEqualTo(1);
        assertThat(s.get("per_day").get("2024-06-25").asInt()).isEqualTo(2);
        assertThat(s.get("per_day").get("2024-07-01").asInt()).isEqualTo(1);
    }

    @Test
    void theArticleComesWithTextAndHighlightedParts() {
        JsonNode a = ok("/api/v1/articles/bag-1");
        assertThat(a.get("article").get("text").asText()).isEqualTo(TestStore.BAG1);
        assertThat(a.get("quotes").get(0).get("text").asText()).isEqualTo("We did it");
        assertThat(a.get("places").get(0).get("text").asText()).isEqualTo("Baghdad");
        JsonNode e = a.get("events").get(0);
        assertThat(e.get("cluster_id").asText()).isEqualTo("bag-1-e0");
        java.util.Map<String, String> spans = new java.util.HashMap<>();
        for (JsonNode h : e.get("highlights")) {
            spans.put(h.get("kind").asText(), TestStore.BAG1.substring(h.get("start").asInt(), h.get("end").asInt()));
        }
        assertThat(spans).containsEntry("trigger", "fired").containsEntry("source", "Kataib Hezbollah")
                .containsEntry("target", "the US embassy").containsEntry("place", "Baghdad")
                .containsEntry("date", "on Friday");
        // the place is the one in the evidence sentence, not "Baghdad" in the headline-like first sentence
        int placeStart = e.get("highlights").findValues("kind").indexOf(null);
        assertThat(placeStart).isEqualTo(-1);
        assertThat(TestStore.BAG1.indexOf("Baghdad")).isLessThan(e.get("evidence").get("start").asInt());
        assertThat(http.get("/api/v1/articles/none").status()).isEqualTo(404);
    }

    @Test
    void exportsAreTheFilesOfSitrepExport() throws Exception {
        for (EventExport f : EventExport.values()) {
            for (String filter : List.of("", "?country=KEN")) {
                Http.Reply r = http.get("/api/v1/export/" + f.label() + filter);
                assertThat(r.status()).isEqualTo(200);
                StringWriter expected = new StringWriter();
                try (EventStore store = EventStore.open(location)) {
                    f.write(store, filter.isEmpty() ? EventQuery.all() : EventQuery.all().inCountry("KEN"), expected);
                }
                assertThat(r.body()).as(f.label() + filter).isEqualTo(expected.toString());
                assertThat(r.header("Content-Disposition")).contains(f.suggestedFileName());
            }
        }
        assertThat(http.get("/api/v1/export/xml").status()).isEqualTo(404);
    }

    @Test
    void errorsAreJsonNamingTheParameter() {
        Http.Reply r = http.get("/api/v1/events?from=2024-02-30");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("parameter").asText()).isEqualTo("from");
        assertThat(r.json().get("error").asText()).contains("2024-02-30");
        assertThat(http.get("/api/v1/events?limit=1001").json().get("parameter").asText()).isEqualTo("limit");
        assertThat(http.get("/api/v1/events?country=IRQ&country=KEN").json().get("error").asText())
                .isEqualTo("given more than once");
        assertThat(http.get("/api/v1/events?colour=red").json().get("parameter").asText()).isEqualTo("colour");
        Http.Reply missing = http.get("/api/v1/events/none-such");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("parameter").asText()).isEqualTo("id");
        assertThat(http.get("/api/v1/nothing").status()).isEqualTo(404);
    }

    @Test
    void responsesCarryTheSecurityHeadersAndNoCors() {
        for (String path : List.of("/api/v1/health", "/", "/app.js", "/api/v1/nothing")) {
            Http.Reply r = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + server.port() + path)).header("Origin", "https://evil.example")
                    .GET().build());
            assertThat(r.header("Content-Security-Policy")).as(path).contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("Access-Control-Allow-Origin")).as(path).isNull();
        }
        assertThat(http.get("/vendor/").status()).as("no directory listing").isEqualTo(404);
        assertThat(http.get("/vendor/images/").status()).as("no directory listing").isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentListsEveryEndpoint() {
        JsonNode doc = ok("/api/v1/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> paths = new HashSet<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/events", "/events/{id}", "/articles/{id}", "/articles", "/stats", "/grid",
                "/export/{format}", "/health");
        Set<String> documented = new HashSet<>();
        doc.get("paths").get("/events").get("get").get("parameters").forEach(p -> documented.add(p.get("name").asText()));
        Set<String> accepted = new HashSet<>(QueryParams.FILTERS);
        accepted.addAll(List.of("limit", "cursor"));
        assertThat(documented).isEqualTo(accepted);
    }
}
