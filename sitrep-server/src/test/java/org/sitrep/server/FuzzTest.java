package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitrep.store.StoreLocation;

/**
 * Every parameter of every reading endpoint with hostile values (SQL metacharacters, huge and negative numbers,
 * bad dates, invalid UTF-8, 1 MB strings, repeated parameters), plus a bounded random mix: the answer is always
 * 2xx or 4xx with a JSON error for the API, never a 5xx or a stack trace, and the server keeps answering.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzTest {
    static final List<String> PARAMS = List.of("from", "to", "country", "actor", "cameo", "acled", "bbox", "factuality",
            "text", "limit", "cursor", "zoom");
    static final List<String> ENDPOINTS = List.of("/api/v1/events", "/api/v1/stats", "/api/v1/grid",
            "/api/v1/export/jsonl", "/api/v1/export/gdelt-csv", "/api/v1/health");
    static final List<String> HOSTILE = List.of("'", "''", "\"", "' OR '1'='1", "1; DROP TABLE events; --",
            "%", "_", "\\", "%00", "%27%20OR%201=1--", "); DELETE FROM articles; --", "*/", "/*", "$1", "?", ":x",
            "-1", "0", "1001", "99999999999999999999", "-99999999999", "1e308", "NaN", "Infinity", "0x10", "1.5",
            "2024-13-01", "2024-02-30", "0000-00-00", "99999-01-01", "-2024-01-01", "2024/01/01", "yesterday",
            "%FF%FE", "%C3%28", "%ED%A0%80", "%E2%82", "%0A%0D", "%09", "a%00b", "<script>alert(1)</script>",
            "1,2,3", "1,2,3,4,5", ",,,", "-181,-91,181,91", "10,10,0,0", "NaN,NaN,NaN,NaN", "asserted,bogus", ",",
            "ABCD", "ir", "1000000", "%E2%80%AE", "%F0%9F%92%A3", "..%2F..%2Fetc%2Fpasswd", "IRQ%27");

    private Path dir;
    private SitrepServer server;
    private Http http;

    @BeforeAll
    void start() throws IOException {
        dir = Files.createTempDirectory("sitrep-fuzz");
        StoreLocation db = StoreLocation.duckDb(dir.resolve("fuzz.duckdb"));
        TestStore.fill(db);
        server = SitrepServer.start(new ServerConfig(db, "127.0.0.1", 0, "fuzz-token", 64 * 1024, 2), a -> {
            throw new AssertionError("no coding");
        });
        http = new Http(server);
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void check(String pathAndQuery) {
        Http.Reply r = http.get(pathAndQuery);
        String what = pathAndQuery.length() > 120 ? pathAndQuery.substring(0, 120) + "…" : pathAndQuery;
        assertThat(r.status()).as(what + " → " + shorten(r.body())).isBetween(200, 499);
        assertThat(r.body()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
        if (r.status() >= 400 && pathAndQuery.startsWith("/api/") && r.status() != 431 && r.status() != 414) {
            assertThat(r.json().has("error")).as(what + " → " + shorten(r.body())).isTrue();
        }
    }

    private static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    @Test
    void everyParameterWithEveryHostileValue() {
        int requests = 0;
        for (String endpoint : ENDPOINTS) {
            for (String p : PARAMS) {
                for (String v : HOSTILE) {
                    check(endpoint + "?" + p + "=" + encodeKeepingPercents(v));
                    requests++;
                }
                check(endpoint + "?" + p + "=1&" + p + "=2");
                check(endpoint + "?" + p + "=" + "x".repeat(1 << 20));
                requests += 2;
            }
        }
        assertThat(requests).isGreaterThan(4000);
        assertThat(http.get("/api/v1/health").status()).isEqualTo(200);
    }

    @Test
    void pathParametersAndBodies() {
        for (String v : HOSTILE) {
            String enc = encodeKeepingPercents(v);
            check("/api/v1/events/" + enc);
            check("/api/v1/articles/" + enc);
            check("/api/v1/export/" + enc);
        }
        check("/api/v1/events/" + "x".repeat(5000));
        Http.Reply big = http.post("/api/v1/articles", "application/json", "{\"text\": \"" + "x".repeat(1 << 20) + "\"}",
                "fuzz-token");
        assertThat(big.status()).isEqualTo(413);
        for (String body : List.of("", "{", "null", "[]", "{\"text\": 1}", "{\"text\": null}", "{\"text\": \"a\", \"id\": \"../x\"}",
                "{\"text\": \"a\", \"published\": \"2024-02-30\"}", "\u0000\u0001", "{\"text\": \"a\", \"text\": \"b\"}")) {
            Http.Reply r = http.post("/api/v1/articles", "application/json", body, "fuzz-token");
            assertThat(r.status()).as(body).isBetween(400, 499);
        }
        assertThat(http.get("/api/v1/health").status()).isEqualTo(200);
    }

    @Test
    void aBoundedRandomMixOfParameters() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 1500; i++) {
            StringBuilder q = new StringBuilder(ENDPOINTS.get(random.nextInt(ENDPOINTS.size()))).append('?');
            int n = 1 + random.nextInt(4);
            for (int k = 0; k < n; k++) {
                String p = PARAMS.get(random.nextInt(PARAMS.size()));
                String v = HOSTILE.get(random.nextInt(HOSTILE.size()));
                q.append(p).append('=').append(encodeKeepingPercents(v)).append('&');
            }
            check(q.toString());
        }
        assertThat(http.get("/api/v1/events?country=IRQ").json().get("total").asInt()).isEqualTo(1);
    }

    /** URL-encodes a value but keeps %XX escapes as given (so invalid UTF-8 reaches the server as bytes). */
    static String encodeKeepingPercents(String v) {
        List<String> parts = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '%' && i + 2 < v.length() && isHex(v.charAt(i + 1)) && isHex(v.charAt(i + 2))) {
                out.append(v, i, i + 3);
                i += 2;
            } else {
                out.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
            }
        }
        parts.add(out.toString());
        return String.join("", parts);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
