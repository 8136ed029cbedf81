package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.model.Factuality;
import org.sitrep.model.CodedArticle;
import org.sitrep.store.StoreLocation;

/**
 * Writing needs the token: missing or wrong → 401 and nothing coded or stored; the right one → coded, stored,
 * and visible to the read endpoints. Media type, size and content checks come after the token. The coder
 * here codes one protest per article without NLP; the real pipeline behind POST is tested in sitrep-cli.
 */
class AuthTest {
    static final String TOKEN = "s3cret-token-0123456789";

    @TempDir
    Path dir;
    SitrepServer server;
    Http http;
    final AtomicInteger coded = new AtomicInteger();

    @BeforeEach
    void start() {
        ArticleCoder coder = article -> {
            coded.incrementAndGet();
            String text = article.text();
            return new CodedArticle(new AnnotatedArticle(article, List.of(), List.of()),
                    List.of(TestStore.event(article.id() + "-e0", text, text.substring(0, Math.min(8, text.length())),
                            null, "141", "Demonstrate or rally", 3, null, Factuality.ASSERTED, TestStore.PROTESTERS, null,
                            org.sitrep.model.EventDate.day(LocalDate.of(2024, 1, 2), null), TestStore.nairobi(), null)),
                    List.of(), List.of());
        };
        server = SitrepServer.start(new ServerConfig(StoreLocation.duckDb(dir.resolve("auth.duckdb")), "127.0.0.1", 0,
                TOKEN, 1000, 2), coder);
        http = new Http(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private long stored() {
        return http.get("/api/v1/health").json().get("events").asLong();
    }

    @Test
    void withoutTheRightTokenNothingIsCodedOrStored() {
        String body = "{\"text\": \"Protesters rallied in Nairobi.\", \"id\": \"p1\"}";
        for (String token : new String[] {null, "", "wrong", TOKEN + "x", TOKEN.substring(1), "Bearer " + TOKEN}) {
            Http.Reply r = http.post("/api/v1/articles", "application/json", body, token);
            assertThat(r.status()).as("token " + token).isEqualTo(401);
            assertThat(r.json().get("parameter").asText()).isEqualTo("Authorization");
            assertThat(r.body()).doesNotContain(TOKEN);
        }
        Http.Reply basic = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + server.port() + "/api/v1/articles"))
                .header("Authorization", "Basic " + TOKEN).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(basic.status()).isEqualTo(401);
        assertThat(coded.get()).isZero();
        assertThat(stored()).isZero();
    }

    @Test
    void theRightTokenCodesAndStores() {
        Http.Reply r = http.post("/api/v1/articles", "application/json",
                "{\"id\": \"p1\", \"text\": \"Protesters rallied in Nairobi.\", \"title\": \"Rally\", \"published\": \"2024-01-02\"}", TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("stored").asText()).isEqualTo("stored");
        assertThat(r.json().get("article").get("id").asText()).isEqualTo("p1");
        assertThat(r.json().get("events").get(0).get("cameo").asText()).isEqualTo("141");
        assertThat(stored()).isEqualTo(1);
        assertThat(http.get("/api/v1/articles/p1").json().get("article").get("text").asText())
                .isEqualTo("Protesters rallied in Nairobi.");
        Http.Reply again = http.post("/api/v1/articles", "application/json",
                "{\"id\": \"p1\", \"text\": \"Protesters rallied in Nairobi.\", \"title\": \"Rally\", \"published\": \"2024-01-02\"}", TOKEN);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("stored").asText()).isEqualTo("unchanged");
        Http.Reply plain = http.post("/api/v1/articles", "text/plain; charset=utf-8", "Police fired in Nairobi.", TOKEN);
        assertThat(plain.status()).isEqualTo(201);
        String id = plain.json().get("article").get("id").asText();
        assertThat(id).startsWith("post-");
        assertThat(http.get("/api/v1/articles/" + id).json().get("article").get("text").asText())
                .isEqualTo("Police fired in Nairobi.");
        // the same rally on the same day in Nairobi: dedup makes it a second mention of the first event
        assertThat(http.get("/api/v1/events/p1-e0").json().get("mentions")).hasSize(2);
    }

    @Test
    void mediaTypeSizeAndContentAreCheckedAfterTheToken() {
        assertThat(http.post("/api/v1/articles", "application/xml", "<a/>", TOKEN).status()).isEqualTo(415);
        assertThat(http.post("/api/v1/articles", null, "x", TOKEN).status()).isIn(415);
        Http.Reply big = http.post("/api/v1/articles", "text/plain", "x".repeat(1001), TOKEN);
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.json().get("parameter").asText()).isEqualTo("body");
        assertThat(http.post("/api/v1/articles", "application/json", "{not json", TOKEN).json().get("parameter").asText())
                .isEqualTo("body");
        assertThat(http.post("/api/v1/articles", "application/json", "{\"title\": \"no text\"}", TOKEN)
                .json().get("parameter").asText()).isEqualTo("text");
        assertThat(http.post("/api/v1/articles", "application/json", "{\"text\": \"a\", \"colour\": 1}", TOKEN)
                .json().get("parameter").asText()).isEqualTo("colour");
        assertThat(http.post("/api/v1/articles", "application/json", "{\"text\": \"a\", \"published\": \"soon\"}", TOKEN)
                .json().get("parameter").asText()).isEqualTo("published");
        assertThat(http.post("/api/v1/articles", "application/json", "[1, 2]", TOKEN).status()).isEqualTo(400);
        assertThat(http.post("/api/v1/articles", "text/plain", "   ", TOKEN).status()).isEqualTo(400);
        assertThat(coded.get()).isZero();
        assertThat(stored()).isZero();
    }

    @Test
    void aBindBeyondLoopbackNeedsAToken() {
        StoreLocation db = StoreLocation.duckDb(dir.resolve("x.duckdb"));
        assertThatThrownBy(() -> new ServerConfig(db, "0.0.0.0", 0, null, 1000, 1))
                .hasMessage("--bind 0.0.0.0: serving beyond this machine needs --token-file");
        assertThat(new ServerConfig(db, "0.0.0.0", 0, TOKEN, 1000, 1).bind()).isEqualTo("0.0.0.0");
        assertThat(new ServerConfig(db, "localhost", 0, null, 1000, 1).token()).isNull();
        assertThat(new ServerConfig(db, "::1", 0, null, 1000, 1).token()).isNull();
    }

    @Test
    void withoutATokenFileWritingIsOff(@TempDir Path other) {
        try (SitrepServer readOnly = SitrepServer.start(ServerConfig.loopback(
                StoreLocation.duckDb(other.resolve("ro.duckdb")), 0, null), a -> {
                    throw new AssertionError("must not code");
                })) {
            Http.Reply r = new Http(readOnly).post("/api/v1/articles", "text/plain", "Protesters rallied.", "anything");
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().get("error").asText()).contains("--token-file");
        }
    }
}
