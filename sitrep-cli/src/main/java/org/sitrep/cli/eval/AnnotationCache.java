package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.EntityMention;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.article.Article;

/**
 * Stores annotated articles as JSON lines so an evaluation can be re-scored after a lexicon change without
 * running CoreNLP again. The file is valid only for the same input text; entries whose text differs are
 * ignored.
 */
public final class AnnotationCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnnotationCache() {
    }

    /** Reads a cache file into id to annotation; an absent file gives an empty map. */
    public static Map<String, AnnotatedArticle> read(Path file) throws IOException {
        Map<String, AnnotatedArticle> out = new HashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    AnnotatedArticle a = fromJson(JSON.readTree(line));
                    out.put(a.article().id(), a);
                }
            }
        }
        return out;
    }

    public static void write(Path file, List<AnnotatedArticle> articles) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (AnnotatedArticle a : articles) {
                w.write(JSON.writeValueAsString(toJson(a)));
                w.newLine();
            }
        }
    }

    static ObjectNode toJson(AnnotatedArticle a) {
        ObjectNode o = JSON.createObjectNode();
        Article art = a.article();
        o.put("id", art.id());
        o.put("title", art.title());
        o.put("published", art.published() == null ? null : art.published().toString());
        o.put("source", art.source());
        o.put("url", art.url());
        o.put("language", art.language());
        o.put("text", art.text());
        o.put("origin", art.origin());
        ArrayNode sentences = o.putArray("sentences");
        for (Sentence s : a.sentences()) {
            ObjectNode so = sentences.addObject();
            so.put("index", s.index());
            so.put("start", s.start());
            so.put("end", s.end());
            so.put("text", s.text());
            ArrayNode tokens = so.putArray("tokens");
            for (Token t : s.tokens()) {
                ArrayNode to = tokens.addArray();
                to.add(t.index()).add(t.word()).add(t.lemma()).add(t.pos()).add(t.ner()).add(t.start()).add(t.end())
                        .add(t.normalized());
            }
            ArrayNode deps = so.putArray("deps");
            for (Dependency d : s.dependencies()) {
                deps.addArray().add(d.governor()).add(d.dependent()).add(d.relation());
            }
        }
        ArrayNode mentions = o.putArray("mentions");
        for (EntityMention m : a.mentions()) {
            mentions.addArray().add(m.sentence()).add(m.startToken()).add(m.endToken()).add(m.text()).add(m.type())
                    .add(m.start()).add(m.end()).add(m.normalized());
        }
        return o;
    }

    static AnnotatedArticle fromJson(JsonNode o) {
        String published = text(o.get("published"));
        Article art = new Article(o.get("id").asText(), text(o.get("title")),
                published == null ? null : LocalDate.parse(published), text(o.get("source")), text(o.get("url")),
                text(o.get("language")), o.get("text").asText(), text(o.get("origin")));
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode so : o.get("sentences")) {
            List<Token> tokens = new ArrayList<>();
            for (JsonNode t : so.get("tokens")) {
                tokens.add(new Token(t.get(0).asInt(), t.get(1).asText(), text(t.get(2)), text(t.get(3)),
                        text(t.get(4)), t.get(5).asInt(), t.get(6).asInt(), text(t.get(7))));
            }
            List<Dependency> deps = new ArrayList<>();
            for (JsonNode d : so.get("deps")) {
                deps.add(new Dependency(d.get(0).asInt(), d.get(1).asInt(), d.get(2).asText()));
            }
            sentences.add(new Sentence(so.get("index").asInt(), so.get("start").asInt(), so.get("end").asInt(),
                    so.get("text").asText(), tokens, deps));
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (JsonNode m : o.get("mentions")) {
            mentions.add(new EntityMention(m.get(0).asInt(), m.get(1).asInt(), m.get(2).asInt(), m.get(3).asText(),
                    m.get(4).asText(), m.get(5).asInt(), m.get(6).asInt(), text(m.get(7))));
        }
        return new AnnotatedArticle(art, sentences, mentions);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
