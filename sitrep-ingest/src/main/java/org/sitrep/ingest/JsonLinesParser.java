package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;

/**
 * JSON Lines: one article per line with {@code id}, {@code text} and optional {@code title},
 * {@code published} (YYYY-MM-DD or an ISO timestamp), {@code url}, {@code source}. A bad line is
 * rejected by file and line number; the other lines are still read.
 */
final class JsonLinesParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesParser() {
    }

    static void parse(String text, String origin, IngestOptions options, ArticleSink sink) {
        String[] lines = text.split("\r?\n", -1);
        boolean any = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            any = true;
            String where = origin + ":" + (i + 1);
            try {
                sink.accept(parseLine(line, where, options, sink));
            } catch (InputException e) {
                sink.reject(e);
            }
        }
        if (!any) {
            sink.reject(new InputException(origin, "empty JSON Lines file (no records)"));
        }
    }

    static Article parseLine(String line, String where, IngestOptions options, ArticleSink sink)
            throws InputException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputException(where, "malformed JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new InputException(where, "expected a JSON object with \"id\" and \"text\"");
        }
        String id = string(node, "id", where);
        String text = string(node, "text", where);
        if (id == null || id.isBlank()) {
            throw new InputException(where, "missing \"id\"");
        }
        if (text == null || text.isBlank()) {
            throw new InputException(where, "empty article (missing or blank \"text\")");
        }
        String published = string(node, "published", where);
        LocalDate date = options.defaultPublished();
        if (published != null && !published.isBlank()) {
            String day = published.length() >= 10 ? published.substring(0, 10) : published;
            date = TextArticleParser.parseDate(day, where);
        } else if (date == null) {
            sink.warn(where, "no publication date; event dates will be unanchored");
        }
        return new Article(id, string(node, "title", where), date, string(node, "source", where),
                string(node, "url", where), "en", text, where);
    }

    private static String string(JsonNode node, String field, String where) throws InputException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new InputException(where, "\"" + field + "\" must be a string");
        }
        return v.asText();
    }
}
