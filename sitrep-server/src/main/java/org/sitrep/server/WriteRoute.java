package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.sitrep.article.Article;
import org.sitrep.output.ContractJson;
import org.sitrep.model.CodedArticle;
import org.sitrep.store.EventStore;
import org.sitrep.store.IngestOutcome;

/**
 * {@code POST /api/v1/articles}: one article (contract input JSON with text, title, published, url, source and
 * an optional id; or {@code text/plain}) is coded and stored. Order of checks: token (401), media type (415),
 * size (413), content (400). Writes go through the one {@link EventStore}, one at a time.
 */
final class WriteRoute {
    private static final com.fasterxml.jackson.databind.ObjectReader STRICT = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readerFor(JsonNode.class);
    private static final Set<String> FIELDS = Set.of("id", "text", "title", "published", "url", "source");

    private final TokenCheck tokens;
    private final long maxBody;
    private final ArticleCoder coder;
    private final EventStore store;
    private final ResultCache cache;

    private final MemoryIndex memory;

    WriteRoute(TokenCheck tokens, long maxBody, ArticleCoder coder, EventStore store, ResultCache cache,
               MemoryIndex memory) {
        this.cache = cache;
        this.memory = memory;
        this.tokens = tokens;
        this.maxBody = maxBody;
        this.coder = coder;
        this.store = store;
    }

    void register(RoutesConfig routes) {
        routes.post(Api.PREFIX + "/articles", this::post);
    }

    private void post(Context ctx) throws IOException {
        tokens.require(ctx.header("Authorization"));
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        boolean json = type.startsWith("application/json");
        if (!json && !type.startsWith("text/plain")) {
            throw new ApiException(415, "Content-Type", "send application/json or text/plain");
        }
        String body = utf8(read(ctx));
        Article article = json ? fromJson(body) : new Article(idFor(body), null, null, null, null, "en", body, null);
        if (article.text().isBlank()) {
            throw ApiException.badParameter("text", "the article is empty");
        }
        CodedArticle coded = coder.code(article);
        IngestOutcome outcome;
        synchronized (store) {
            outcome = store.store(coded);
        }
        memory.refreshNow();
        cache.clear();
        ObjectNode o = ContractJson.tree(coded);
        o.put("stored", outcome.name().toLowerCase(Locale.ROOT));
        ctx.status(outcome == IngestOutcome.UNCHANGED ? 200 : 201);
        Api.json(ctx, o);
    }

    /** The body, refused with 413 as soon as it is longer than the limit (whatever Content-Length says). */
    private byte[] read(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBody) {
            throw new ApiException(413, "body", "larger than " + maxBody + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = ctx.req().getInputStream()) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                out.write(buf, 0, n);
                if (out.size() > maxBody) {
                    throw new ApiException(413, "body", "larger than " + maxBody + " bytes");
                }
            }
        }
        return out.toByteArray();
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badParameter("body", "not valid UTF-8");
        }
    }

    private static Article fromJson(String body) {
        JsonNode n;
        try {
            n = STRICT.readValue(body);
        } catch (IOException e) {
            throw ApiException.badParameter("body", "not valid JSON (or a field given twice)");
        }
        if (n == null || !n.isObject()) {
            throw ApiException.badParameter("body", "must be a JSON object with at least 'text'");
        }
        n.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                throw ApiException.badParameter(QueryParams.shorten(f), "unknown field (id, text, title, published, url, source)");
            }
        });
        String text = string(n, "text");
        if (text == null) {
            throw ApiException.badParameter("text", "missing");
        }
        String id = string(n, "id");
        if (id != null && (id.length() > 200 || !id.matches("[A-Za-z0-9._:-]+"))) {
            throw ApiException.badParameter("id", "use up to 200 letters, digits and . _ : -");
        }
        return new Article(id != null ? id : idFor(text), string(n, "title"), published(string(n, "published")),
                string(n, "source"), string(n, "url"), "en", text, null);
    }

    private static String string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badParameter(field, "must be a string");
        }
        return v.asText();
    }

    private static LocalDate published(String v) {
        if (v == null) {
            return null;
        }
        try {
            return v.length() == 10 ? LocalDate.parse(v) : OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter("published", "'" + QueryParams.shorten(v) + "' is not a date or ISO timestamp");
        }
    }

    /** An id from the text's SHA-256, so posting the same text twice stores it once. */
    static String idFor(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "post-" + HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
