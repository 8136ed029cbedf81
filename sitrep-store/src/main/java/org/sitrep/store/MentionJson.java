package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.article.Article;
import org.sitrep.output.ContractJson;

/**
 * The two pieces of the HTTP API's JSON that belong to one stored mention, made once when it is stored (schema
 * V007) so that a page of events is concatenated, not built: the contract event object's fields after its
 * {@code "id"} (the API puts the real-world event's id there), and the mention's entry in an event's
 * {@code mentions} list. {@code sitrep-server}'s {@code ApiJson.merged} builds the same bytes from the records; a
 * test compares the two on real stored events.
 */
public final class MentionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MentionJson() {
    }

    /**
     * The contract event object of the mention without its {@code "id"} field and without the braces:
     * {@code "cameo":"190",...,"confidence":0.9}.
     */
    public static String eventFields(StoredEvent m) {
        ObjectNode o = ContractJson.event(m.event(), articleOf(m));
        o.remove("id");
        String s = write(o);
        return s.substring(1, s.length() - 1);
    }

    /**
     * {@link #eventFields} as stored, or null for an event without a date: the contract then gives the
     * publication day, or the day it is written when there is none, so its JSON is made when it is read.
     */
    static String storedEventFields(StoredEvent m) {
        return m.event().date() == null ? null : eventFields(m);
    }

    /** The mention's entry: {@code event_id}, {@code article} {id, title, url, source, published}, cameo, factuality, evidence. */
    public static String mention(StoredEvent m) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("event_id", m.event().id());
        n.putObject("article").put("id", m.articleId()).put("title", m.articleTitle())
                .put("url", m.articleUrl()).put("source", m.articleSource())
                .put("published", m.published() == null ? null : m.published().toString());
        n.put("cameo", m.event().cameo());
        n.put("factuality", m.event().factuality().label());
        n.set("evidence", ContractJson.event(m.event(), articleOf(m)).get("evidence"));
        return write(n);
    }

    /** A JSON string literal, quoted and escaped as the API's writer does. */
    public static String quote(String s) {
        return s == null ? "null" : write(MAPPER.getNodeFactory().textNode(s));
    }

    /** The article as far as the store keeps it with each mention (no text), as the exports see it. */
    private static Article articleOf(StoredEvent m) {
        return new Article(m.articleId(), m.articleTitle(), m.published(), m.articleSource(), m.articleUrl(), null, "",
                m.articleId());
    }

    private static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
