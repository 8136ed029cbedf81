package org.sitrep.time.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.article.InputException;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * Reads the time gold set (gold/time/dev.jsonl): one article per line with its publication date,
 * text and events, each event naming its sentence, trigger word and gold interval. Every line is
 * checked (the sentence occurs in the text, the trigger once in the sentence, the interval is
 * ordered); a bad line is an {@link InputException} naming file and line.
 */
public final class TimeGold {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TimeGold() {
    }

    public static List<GoldArticle> read(Path file) throws InputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read the gold file: " + e.getMessage(), e);
        }
        return parse(lines, file.toString());
    }

    public static List<GoldArticle> parse(List<String> lines, String origin) throws InputException {
        List<GoldArticle> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = origin + ":" + (i + 1);
            GoldArticle a = article(line, where);
            if (!ids.add(a.id())) {
                throw new InputException(where, "duplicate article id " + a.id());
            }
            out.add(a);
        }
        return out;
    }

    private static GoldArticle article(String line, String where) throws InputException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            throw new InputException(where, "not a JSON object: " + e.getMessage(), e);
        }
        String id = text(node, "id", where);
        LocalDate published = day(text(node, "published", where), where);
        String text = text(node, "text", where);
        String title = node.hasNonNull("title") ? node.get("title").asText() : null;
        List<GoldEvent> events = new ArrayList<>();
        JsonNode list = node.get("events");
        if (list == null || !list.isArray()) {
            throw new InputException(where, "missing array 'events'");
        }
        for (JsonNode e : list) {
            String sentence = text(e, "sentence", where);
            String trigger = text(e, "trigger", where);
            int sentenceAt = text.indexOf(sentence);
            if (sentenceAt < 0) {
                throw new InputException(where, "sentence not found in the text: " + sentence);
            }
            Matcher m = Pattern.compile("\\b" + Pattern.quote(trigger) + "\\b").matcher(sentence);
            if (!m.find()) {
                throw new InputException(where, "trigger '" + trigger + "' not in its sentence: " + sentence);
            }
            int offset = sentenceAt + m.start();
            if (m.find()) {
                throw new InputException(where, "trigger '" + trigger + "' occurs twice in: " + sentence);
            }
            LocalDate start = day(text(e, "start", where), where);
            LocalDate end = day(text(e, "end", where), where);
            if (end.isBefore(start)) {
                throw new InputException(where, "gold interval ends before it starts: " + start + ".." + end);
            }
            DatePrecision precision;
            try {
                precision = DatePrecision.valueOf(text(e, "precision", where).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new InputException(where, "unknown precision " + e.get("precision"));
            }
            String expression = e.hasNonNull("expression") ? e.get("expression").asText() : null;
            events.add(new GoldEvent(sentence, trigger, offset, new EventDate(start, end, precision, expression)));
        }
        return new GoldArticle(id, published, title, text, events);
    }

    private static String text(JsonNode node, String field, String where) throws InputException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new InputException(where, "missing text field '" + field + "'");
        }
        return v.asText();
    }

    private static LocalDate day(String v, String where) throws InputException {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InputException(where, "not a YYYY-MM-DD date: " + v);
        }
    }
}
