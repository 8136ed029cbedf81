package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;

/**
 * Contract JSON Lines of articles that are already coded ({@code sitrep code}'s output, the Spark job's
 * {@code jsonl/}): each line read back into a coded article, to be stored without coding it again. The
 * contract carries no article text; the Spark job writes it beside, in {@code articles/} (the same part files,
 * line for line: one JSON Lines input record per article, see {@link #articlesOf}). With that record the article
 * is stored as {@code sitrep ingest} of the inputs stores it; without (plain {@code sitrep code} output) it is
 * stored with an empty body, its events keeping their evidence sentences.
 */
public final class CodedJsonLines {
    private CodedJsonLines() {
    }

    /** True when the file's first non-blank line is a contract object ({@code article} and {@code events}). */
    public static boolean isCoded(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    return isCoded(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    static boolean isCoded(String line) {
        if (!line.stripLeading().startsWith("{\"article\"")) {
            return false;
        }
        try {
            JsonNode n = ContractReader.MAPPER.readTree(line);
            return n.path("article").isObject() && n.path("events").isArray();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** True when the directory is a Spark job's output: {@code jsonl/} with {@code summary.json} or {@code summary/}. */
    public static boolean isJobOutput(Path dir) {
        return Files.isDirectory(dir.resolve("jsonl"))
                && (Files.isRegularFile(dir.resolve("summary.json")) || Files.isDirectory(dir.resolve("summary")));
    }

    /**
     * The file of article records that goes with a coded file of a Spark job's output: {@code OUT/jsonl/X}
     * gives {@code OUT/articles/X} (X may be {@code batch=N/part-M}); null when there is none.
     */
    public static Path articlesOf(Path codedFile) {
        Path abs = codedFile.toAbsolutePath().normalize();
        for (Path dir = abs.getParent(); dir != null && dir.getParent() != null; dir = dir.getParent()) {
            if (dir.getFileName().toString().equals("jsonl")) {
                Path texts = dir.resolveSibling("articles").resolve(dir.relativize(abs));
                return Files.isRegularFile(texts) ? texts : null;
            }
        }
        return null;
    }

    /** One contract line back as a coded article; {@code where} names it in the message of a bad line. */
    public static CodedArticle read(String line, String where) throws InputException {
        return read(line, where, null, null);
    }

    /**
     * One contract line back as a coded article, the article itself (text, title, dates, origin) taken from its
     * record in the job's {@code articles/} output when {@code articleLine} is given ({@code articleWhere} names it).
     */
    public static CodedArticle read(String line, String where, String articleLine, String articleWhere)
            throws InputException {
        JsonNode root;
        try {
            root = ContractReader.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputException(where, "malformed JSON (" + e.getOriginalMessage() + ")");
        }
        JsonNode a = root == null ? null : root.get("article");
        if (a == null || !a.isObject() || !a.hasNonNull("id") || !root.path("events").isArray()) {
            throw new InputException(where, "not a coded contract object (needs \"article\" with \"id\", and \"events\")");
        }
        Article article = articleLine == null ? null : article(a.get("id").asText(), articleLine, articleWhere);
        try {
            if (article == null) {
                article = new Article(a.get("id").asText(), text(a, "title"),
                        a.hasNonNull("published") ? LocalDate.parse(a.get("published").asText().substring(0, 10)) : null,
                        text(a, "source"), text(a, "url"), text(a, "language"), "", where);
            }
            List<Event> events = new ArrayList<>();
            for (JsonNode e : root.path("events")) {
                events.add(ContractReader.readEvent(e));
            }
            List<Quote> quotes = new ArrayList<>();
            for (JsonNode q : root.path("quotes")) {
                quotes.add(new Quote(q.path("text").asText(), q.path("start").asInt(), q.path("end").asInt(),
                        ContractReader.readActor(q.get("speaker"))));
            }
            List<Place> places = new ArrayList<>();
            for (JsonNode p : root.path("places")) {
                places.add(new Place(text(p, "text"), p.path("start").asInt(), p.path("end").asInt(), text(p, "name"),
                        p.hasNonNull("geonames_id") ? p.get("geonames_id").asLong() : null,
                        p.hasNonNull("lat") ? p.get("lat").asDouble() : null,
                        p.hasNonNull("lon") ? p.get("lon").asDouble() : null, text(p, "country"), text(p, "admin1"),
                        text(p, "feature"), text(p, "kind")));
            }
            return new CodedArticle(new AnnotatedArticle(article, List.of(), List.of()), events, quotes, places);
        } catch (RuntimeException e) {
            throw new InputException(where, "bad contract field (" + e.getMessage() + ")");
        }
    }

    private static Article article(String id, String line, String where) throws InputException {
        JsonNode n;
        try {
            n = ContractReader.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputException(where, "malformed JSON (" + e.getOriginalMessage() + ")");
        }
        if (n == null || !n.isObject() || !n.path("text").isTextual()) {
            throw new InputException(where, "not an article record (needs \"id\" and \"text\")");
        }
        if (!id.equals(n.path("id").asText(null))) {
            throw new InputException(where, "holds article " + n.path("id").asText(null) + ", not " + id
                    + " (the articles file does not match its jsonl file)");
        }
        try {
            return new Article(id, text(n, "title"), n.hasNonNull("published")
                    ? LocalDate.parse(n.get("published").asText()) : null, text(n, "source"), text(n, "url"),
                    text(n, "language"), n.get("text").asText(), n.hasNonNull("origin") ? n.get("origin").asText() : where);
        } catch (RuntimeException e) {
            throw new InputException(where, "bad article field (" + e.getMessage() + ")");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
