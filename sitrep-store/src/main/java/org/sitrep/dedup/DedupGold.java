package org.sitrep.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;
import org.sitrep.gold.GoldLines;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.export.ContractReader;

/**
 * The multi-article dedup gold set: article files ({@code articles/ID.txt}, first line
 * {@code date YYYY-MM-DD headline}) and their hand-coded events ({@code events.jsonl}: one line per
 * article, contract event objects plus an {@code incident} label; events sharing a label report the
 * same real-world event).
 */
public final class DedupGold {
    /** A gold event and the real-world incident it reports. */
    public record GoldEvent(Event event, String incident) {
    }

    /** One article with its gold events. */
    public record GoldArticle(Article article, List<GoldEvent> events) {
        public GoldArticle {
            events = List.copyOf(events);
        }
    }

    private DedupGold() {
    }

    public static List<GoldArticle> load(Path dir) throws InputException {
        Path index = dir.resolve("events.jsonl");
        List<GoldArticle> out = new ArrayList<>();
        for (GoldLines.Line line : GoldLines.read(index)) {
            String where = line.where();
            try {
                JsonNode doc;
                try {
                    doc = ContractReader.MAPPER.readTree(line.text());
                } catch (IOException e) {
                    throw new InputException(where, "not valid JSON: " + e.getMessage().split("\n")[0]);
                }
                String id = doc.path("article").path("id").asText("");
                if (id.isEmpty()) {
                    throw new InputException(where, "article.id is missing");
                }
                Article article = readArticle(dir.resolve("articles").resolve(id + ".txt"), doc.get("article"));
                List<GoldEvent> events = new ArrayList<>();
                for (JsonNode e : doc.path("events")) {
                    Event event = ContractReader.readEvent(e);
                    String sentence = event.evidence().sentence();
                    int start = article.text().indexOf(sentence);
                    if (start < 0) {
                        throw new InputException(where, "evidence of " + event.id() + " is not in the article text");
                    }
                    event = new Event(event.id(), event.cameo(), event.cameoName(), event.quadClass(), event.goldstein(),
                            event.plover(), event.acled(), event.factuality(), event.source(), event.target(),
                            event.date(), event.location(), event.fatalities(),
                            new Evidence(sentence, start, start + sentence.length(), event.evidence().trigger()),
                            event.confidence(), null);
                    String incident = e.path("incident").asText("");
                    if (incident.isEmpty()) {
                        throw new InputException(where, "event " + event.id() + " has no incident label");
                    }
                    events.add(new GoldEvent(event, incident));
                }
                out.add(new GoldArticle(article, events));
            } catch (RuntimeException e) {
                throw new InputException(where, "malformed gold event: " + e.getMessage());
            }
        }
        return out;
    }

    /** Reads an article file in the {@code date YYYY-MM-DD headline} format: the text is what follows line 1. */
    static Article readArticle(Path file, JsonNode meta) throws InputException {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read the article: " + e.getMessage());
        }
        int nl = content.indexOf('\n');
        String first = nl < 0 ? content : content.substring(0, nl);
        String[] head = first.split(" ", 3);
        if (head.length < 2 || !head[0].equals("date")) {
            throw new InputException(file + ":1", "expected 'date YYYY-MM-DD headline'");
        }
        LocalDate published;
        try {
            published = LocalDate.parse(head[1]);
        } catch (DateTimeParseException e) {
            throw new InputException(file + ":1", "not a date: " + head[1]);
        }
        String text = nl < 0 ? "" : content.substring(nl + 1);
        String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
        return new Article(id, head.length > 2 ? head[2] : null, published, meta.path("source").asText(null), null,
                "en", text, file.toString());
    }
}
