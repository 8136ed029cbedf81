package org.sitrep.actor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.article.InputException;
import org.sitrep.gold.GoldLines;

/** Reads the actor gold set: JSON Lines, one {@link ActorGold} per line (see gold/actors/README.md). */
public final class ActorGoldSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ActorGoldSet() {
    }

    public static List<ActorGold> read(Path file) throws InputException {
        List<ActorGold> out = new ArrayList<>();
        for (GoldLines.Line line : GoldLines.read(file)) {
            out.add(parse(line.text(), line.where()));
        }
        return out;
    }

    static ActorGold parse(String line, String where) throws InputException {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (IOException e) {
            throw new InputException(where, "not JSON: " + e.getMessage());
        }
        String id = text(o, "id", where, true);
        String text = text(o, "text", where, true);
        LocalDate published = null;
        String date = text(o, "published", where, false);
        if (date != null) {
            try {
                published = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new InputException(where, "published is not YYYY-MM-DD: " + date);
            }
        }
        List<ActorGold.Mention> mentions = new ArrayList<>();
        for (JsonNode m : o.path("mentions")) {
            String words = text(m, "text", where, true);
            if (!text.contains(words)) {
                throw new InputException(where, "mention text not in the item text: " + words);
            }
            Set<String> alt = new HashSet<>();
            for (JsonNode a : m.path("alt")) {
                alt.add(a.asText());
            }
            mentions.add(new ActorGold.Mention(words, m.path("occurrence").asInt(1), text(m, "code", where, false), alt));
        }
        List<ActorGold.GoldEvent> events = new ArrayList<>();
        for (JsonNode e : o.path("events")) {
            events.add(new ActorGold.GoldEvent(text(e, "trigger", where, true), text(e, "source", where, false),
                    text(e, "target", where, false)));
        }
        List<ActorGold.GoldQuote> quotes = new ArrayList<>();
        for (JsonNode q : o.path("quotes")) {
            quotes.add(new ActorGold.GoldQuote(text(q, "starts", where, true), text(q, "speaker", where, false),
                    text(q, "affiliation", where, false), text(q, "code", where, false)));
        }
        return new ActorGold(id, published, text, mentions, events, quotes);
    }

    private static String text(JsonNode o, String field, String where, boolean required) throws InputException {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new InputException(where, "missing field " + field);
            }
            return null;
        }
        return v.asText();
    }
}
