package org.sitrep.coding.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.article.InputException;

/**
 * Reads an article gold file (gold/articles/tune.jsonl or frozen.jsonl): one article per line. Every
 * line is checked (codes present, intervals ordered, evidence fragments and quote openings verbatim in the
 * text); a bad line is an {@link InputException} naming the file and line.
 */
public final class ArticleGoldSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleGoldSet() {
    }

    public static List<ArticleGold> read(Path file) throws InputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read the gold file: " + e.getMessage(), e);
        }
        List<ArticleGold> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            String where = file + ":" + (n + 1);
            try {
                out.add(article(JSON.readTree(lines.get(n))));
            } catch (IOException | RuntimeException e) {
                throw new InputException(where, e.getMessage() == null ? "not a gold article" : e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw new InputException(file.toString(), "no gold articles");
        }
        return out;
    }

    static ArticleGold article(JsonNode o) {
        String id = required(o, "id");
        String text = required(o, "text");
        LocalDate published = date(required(o, "published"));
        List<ArticleGold.Event> events = new ArrayList<>();
        for (JsonNode e : o.path("events")) {
            List<String> codes = new ArrayList<>();
            e.path("cameo").forEach(c -> codes.add(c.asText()));
            JsonNode d = e.path("date");
            if (d.size() != 2) {
                throw new IllegalArgumentException(id + ": an event's date must be [start, end]");
            }
            LocalDate start = date(d.get(0).asText());
            LocalDate end = date(d.get(1).asText());
            if (end.isBefore(start)) {
                throw new IllegalArgumentException(id + ": date interval ends before it starts");
            }
            JsonNode p = e.path("place");
            ArticleGold.Place place = p.isObject()
                    ? new ArticleGold.Place(p.path("name").asText(), p.path("lat").asDouble(), p.path("lon").asDouble())
                    : null;
            String evidence = verbatim(id, text, e.path("evidence").asText(""));
            events.add(new ArticleGold.Event(codes, actor(e.path("source")), actor(e.path("target")), start, end, place,
                    e.path("factuality").asText("asserted"), e.path("optional").asBoolean(false), evidence));
        }
        List<ArticleGold.Forbidden> forbidden = new ArrayList<>();
        for (JsonNode f : o.path("forbidden")) {
            forbidden.add(new ArticleGold.Forbidden(required(f, "root"), verbatim(id, text, required(f, "evidence")),
                    f.path("why").asText("")));
        }
        List<ArticleGold.Quote> quotes = new ArrayList<>();
        for (JsonNode q : o.path("quotes")) {
            List<String> alt = new ArrayList<>();
            q.path("alt").forEach(a -> alt.add(a.asText()));
            quotes.add(new ArticleGold.Quote(verbatim(id, text, required(q, "starts")), required(q, "speaker"), alt));
        }
        return new ArticleGold(id, o.path("title").asText(null), published, o.path("region").asText(null),
                o.path("type").asText(null), text, events, forbidden, quotes);
    }

    private static ArticleGold.Actor actor(JsonNode a) {
        if (!a.isObject()) {
            return null;
        }
        return new ArticleGold.Actor(a.hasNonNull("text") ? a.get("text").asText() : null,
                a.hasNonNull("code") ? a.get("code").asText() : null);
    }

    private static String verbatim(String id, String text, String fragment) {
        if (fragment.isEmpty() || !text.contains(fragment)) {
            throw new IllegalArgumentException(id + ": fragment not found in the text: '" + fragment + "'");
        }
        return fragment;
    }

    private static String required(JsonNode o, String field) {
        if (!o.hasNonNull(field)) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return o.get(field).asText();
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: " + s);
        }
    }
}
