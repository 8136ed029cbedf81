package org.sitrep.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.sitrep.model.Actor;
import org.sitrep.article.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Quote;
import org.sitrep.model.EventDate;

/**
 * Writes a coded article as one JSON object of the output contract ({@code docs/document.schema.json}).
 * An event that no stage dated gets the publication day with precision {@code unknown}, as the
 * contract asks.
 */
public final class ContractJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractJson() {
    }

    public static String line(CodedArticle coded) {
        try {
            return JSON.writeValueAsString(tree(coded));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise article " + coded.article().id(), e);
        }
    }

    public static ObjectNode tree(CodedArticle coded) {
        ObjectNode root = JSON.createObjectNode();
        root.set("article", article(coded.article()));
        ArrayNode events = root.putArray("events");
        for (Event e : coded.events()) {
            events.add(event(e, coded.article()));
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : coded.quotes()) {
            ObjectNode o = quotes.addObject();
            o.put("text", q.text());
            o.put("start", q.start());
            o.put("end", q.end());
            o.set("speaker", actor(q.speaker()));
        }
        ArrayNode places = root.putArray("places");
        for (Place p : coded.places()) {
            places.add(place(p));
        }
        return root;
    }

    private static ObjectNode article(Article a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("title", a.title());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("source", a.source());
        o.put("url", a.url());
        o.put("language", a.language());
        return o;
    }

    /** One event object of the contract; {@code article} supplies the fallback date. */
    public static ObjectNode event(Event e, Article article) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        o.put("cameo", e.cameo());
        o.put("cameo_name", e.cameoName());
        o.put("quad_class", e.quadClass());
        o.put("goldstein", e.goldstein());
        o.put("plover", e.plover());
        if (e.acled() == null) {
            o.putNull("acled");
        } else {
            ObjectNode a = o.putObject("acled");
            a.put("event_type", e.acled().eventType());
            a.put("sub_event_type", e.acled().subEventType());
        }
        o.put("factuality", e.factuality().label());
        o.set("source", actor(e.source()));
        o.set("target", actor(e.target()));
        o.set("date", date(e.date() != null ? e.date() : EventDate.unknownAround(fallbackDay(article))));
        o.set("location", location(e.location()));
        if (e.fatalities() == null) {
            o.putNull("fatalities");
        } else {
            o.put("fatalities", e.fatalities());
        }
        ObjectNode ev = o.putObject("evidence");
        ev.put("sentence", e.evidence().sentence());
        ev.put("start", e.evidence().start());
        ev.put("end", e.evidence().end());
        ev.put("trigger", e.evidence().trigger());
        if (!e.mentions().isEmpty()) {
            // beyond the contract's required fields: the other sentences that state the same occurrence
            ArrayNode mentions = o.putArray("mentions");
            for (Evidence m : e.mentions()) {
                ObjectNode mo = mentions.addObject();
                mo.put("sentence", m.sentence());
                mo.put("start", m.start());
                mo.put("end", m.end());
                mo.put("trigger", m.trigger());
            }
        }
        o.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
        return o;
    }

    /** The publication day, or today when the article has none (then precision is unknown anyway). */
    private static LocalDate fallbackDay(Article article) {
        return article.published() != null ? article.published() : LocalDate.now();
    }

    static JsonNode actor(Actor a) {
        if (a == null) {
            return JSON.nullNode();
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("text", a.text());
        o.put("name", a.name());
        o.put("code", a.code());
        o.put("country", a.country());
        o.put("role", a.role());
        o.put("affiliation", a.affiliation());
        o.put("patron", a.patron());
        return o;
    }

    private static ObjectNode date(EventDate d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("start", d.start().toString());
        o.put("end", d.end().toString());
        o.put("precision", d.precision().label());
        o.put("text", d.text());
        return o;
    }

    private static JsonNode location(Location l) {
        if (l == null) {
            return JSON.nullNode();
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("text", l.text());
        o.put("name", l.name());
        o.put("geonames_id", l.geonamesId());
        o.put("lat", l.lat());
        o.put("lon", l.lon());
        o.put("country", l.country());
        o.put("admin1", l.admin1());
        o.put("precision", l.precision().label());
        return o;
    }

    private static ObjectNode place(Place p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("text", p.text());
        o.put("start", p.start());
        o.put("end", p.end());
        o.put("name", p.name());
        o.put("geonames_id", p.geonamesId());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        o.put("country", p.country());
        o.put("admin1", p.admin1());
        o.put("feature", p.feature());
        o.put("kind", p.kind());
        return o;
    }
}
