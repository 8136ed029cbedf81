package org.sitrep.geo.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.article.InputException;
import org.sitrep.gold.GoldLines;

/**
 * Reads a geoparsing gold corpus in JSON Lines: {@code id}, {@code title}, {@code text},
 * {@code toponyms[]} with {@code start}/{@code end} counted in Unicode code points (Python string
 * indices), {@code phrase}, {@code lat}, {@code lon}. Offsets are converted to UTF-16 units and
 * checked against the phrase.
 */
public final class GeoGold {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoGold() {
    }

    public static List<GoldArticle> read(Path file) throws InputException {
        List<GoldArticle> out = new ArrayList<>();
        for (GoldLines.Line line : GoldLines.read(file)) {
            out.add(parse(line.text(), line.where()));
        }
        return out;
    }

    static GoldArticle parse(String line, String where) throws InputException {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            throw new InputException(where, "not a JSON object: " + e.getMessage(), e);
        }
        if (n == null || !n.hasNonNull("text") || !n.has("toponyms")) {
            throw new InputException(where, "a record needs \"text\" and \"toponyms\"");
        }
        String text = n.get("text").asText();
        int codePoints = text.codePointCount(0, text.length());
        List<GoldToponym> toponyms = new ArrayList<>();
        for (JsonNode t : n.get("toponyms")) {
            int cpStart = t.path("start").asInt(-1);
            int cpEnd = t.path("end").asInt(-1);
            if (cpStart < 0 || cpEnd < cpStart || cpEnd > codePoints || !t.hasNonNull("lat") || !t.hasNonNull("lon")) {
                throw new InputException(where, "toponym with bad offsets or no coordinates: " + t);
            }
            int start = text.offsetByCodePoints(0, cpStart);
            int end = text.offsetByCodePoints(start, cpEnd - cpStart);
            String phrase = t.path("phrase").asText(text.substring(start, end));
            if (!text.substring(start, end).equals(phrase)) {
                throw new InputException(where, "toponym \"" + phrase + "\" does not match the text at " + cpStart);
            }
            toponyms.add(new GoldToponym(start, end, phrase, t.get("lat").asDouble(), t.get("lon").asDouble()));
        }
        String id = n.hasNonNull("id") ? n.get("id").asText() : where;
        String title = n.hasNonNull("title") ? n.get("title").asText() : null;
        return new GoldArticle(id, title, text, toponyms);
    }
}
