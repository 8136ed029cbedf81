package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.sitrep.model.Event;
import org.sitrep.export.JsonlWriter;
import org.sitrep.output.ContractJson;
import org.sitrep.store.MentionJson;
import org.sitrep.store.StoreReader.Cluster;
import org.sitrep.store.StoreReader.JsonCluster;
import org.sitrep.store.StoreReader.JsonMention;
import org.sitrep.store.StoreReader.JsonPage;
import org.sitrep.store.StoreReader.StoredArticle;
import org.sitrep.store.StoredEvent;

/** The API's JSON bodies, built from the output contract's objects. */
final class ApiJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private ApiJson() {
    }

    static byte[] bytes(Object node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static ObjectNode error(String message, String parameter) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("error", message);
        o.put("parameter", parameter);
        return o;
    }

    /**
     * A real-world event: the contract event object of its representative mention, with {@code id} the cluster
     * id, and {@code mentions}: every (matching) report with its article and evidence.
     */
    static ObjectNode merged(Cluster c) {
        StoredEvent rep = c.representative();
        ObjectNode o = JsonlWriter.node(rep);
        o.remove("article");
        o.remove("cluster_id");
        o.put("event_id", rep.event().id());
        o.put("id", c.clusterId());
        o.put("mention_count", c.mentions().size());
        o.put("article_count", c.mentions().stream().map(StoredEvent::articleId).distinct().count());
        ArrayNode ms = o.putArray("mentions");
        for (StoredEvent m : c.mentions()) {
            ObjectNode n = ms.addObject();
            n.put("event_id", m.event().id());
            n.putObject("article").put("id", m.articleId()).put("title", m.articleTitle())
                    .put("url", m.articleUrl()).put("source", m.articleSource())
                    .put("published", m.published() == null ? null : m.published().toString());
            n.put("cameo", m.event().cameo());
            n.put("factuality", m.event().factuality().label());
            n.set("evidence", JsonlWriter.node(m).get("evidence"));
        }
        return o;
    }

    /**
     * The same object as {@link #merged(Cluster)}, concatenated from the JSON pieces the store keeps with each
     * mention: {@code {"id": cluster, <contract fields>, "event_id", "mention_count", "article_count", "mentions"}}.
     */
    static void merged(StringBuilder out, JsonCluster c) {
        JsonMention rep = c.representative();
        out.append("{\"id\":").append(MentionJson.quote(c.clusterId())).append(',').append(rep.eventFields())
                .append(",\"event_id\":").append(MentionJson.quote(rep.eventId()))
                .append(",\"mention_count\":").append(c.mentions().size())
                .append(",\"article_count\":").append(c.mentions().stream().map(JsonMention::articleId).distinct().count())
                .append(",\"mentions\":[");
        for (int i = 0; i < c.mentions().size(); i++) {
            out.append(i == 0 ? "" : ",").append(c.mentions().get(i).mention());
        }
        out.append("]}");
    }

    /** A page of events as {@code /events} answers it: {@code {"total": N, "events": [...], "next": cursor-or-null}}. */
    static byte[] page(JsonPage page) {
        StringBuilder out = new StringBuilder(4096 + page.events().size() * 1536);
        out.append("{\"total\":").append(page.total()).append(",\"events\":[");
        for (int i = 0; i < page.events().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            merged(out, page.events().get(i));
        }
        out.append("],\"next\":").append(MentionJson.quote(page.next() == null ? null : PageCursor.encode(page.next())))
                .append('}');
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * An article as the contract writes a coded article, plus its {@code text}; each event also carries its
     * {@code cluster_id} and {@code highlights} (trigger, source, target, place, date spans in the text).
     */
    static ObjectNode article(StoredArticle stored) {
        ObjectNode o = ContractJson.tree(stored.coded());
        ((ObjectNode) o.get("article")).put("text", stored.coded().article().text());
        ArrayNode events = (ArrayNode) o.get("events");
        String text = stored.coded().article().text();
        for (int i = 0; i < events.size(); i++) {
            Event e = stored.coded().events().get(i);
            ObjectNode n = (ObjectNode) events.get(i);
            n.put("cluster_id", stored.clusterOf().get(e.id()));
            ArrayNode hs = n.putArray("highlights");
            for (Highlights.Span s : Highlights.of(e, text, stored.coded().places())) {
                hs.addObject().put("kind", s.kind()).put("start", s.start()).put("end", s.end());
            }
        }
        return o;
    }

    static ObjectNode counts(Map<String, Long> counts) {
        ObjectNode o = MAPPER.createObjectNode();
        counts.forEach((k, v) -> o.put(k == null ? "none" : k, v));
        return o;
    }
}
