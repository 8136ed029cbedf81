package org.sitrep.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import org.sitrep.actor.Actor;
import org.sitrep.event.AcledType;
import org.sitrep.event.Event;
import org.sitrep.event.Evidence;
import org.sitrep.event.Factuality;
import org.sitrep.place.Location;
import org.sitrep.place.LocationPrecision;
import org.sitrep.time.DatePrecision;
import org.sitrep.time.EventDate;

/** Events to and from the output contract's JSON event objects (shared/contract/document.schema.json). */
public final class ContractJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ContractJson() {
    }

    public static ObjectNode event(Event e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("cameo", e.cameo());
        n.put("cameo_name", e.cameoName());
        n.put("quad_class", e.quadClass());
        n.put("goldstein", e.goldstein());
        n.put("plover", e.plover());
        if (e.acled() == null) {
            n.putNull("acled");
        } else {
            n.putObject("acled").put("event_type", e.acled().eventType()).put("sub_event_type", e.acled().subEventType());
        }
        n.put("factuality", e.factuality().label());
        n.set("source", actor(e.source()));
        n.set("target", actor(e.target()));
        if (e.date() == null) {
            n.putNull("date");
        } else {
            n.putObject("date").put("start", e.date().start().toString()).put("end", e.date().end().toString())
                    .put("precision", e.date().precision().label()).put("text", e.date().text());
        }
        Location l = e.location();
        if (l == null) {
            n.putNull("location");
        } else {
            ObjectNode loc = n.putObject("location");
            loc.put("text", l.text()).put("name", l.name()).put("geonames_id", l.geonamesId()).put("lat", l.lat())
                    .put("lon", l.lon()).put("country", l.country()).put("admin1", l.admin1())
                    .put("precision", l.precision() == null ? null : l.precision().label());
        }
        n.put("fatalities", e.fatalities());
        n.putObject("evidence").put("sentence", e.evidence().sentence()).put("start", e.evidence().start())
                .put("end", e.evidence().end()).put("trigger", e.evidence().trigger());
        n.put("confidence", e.confidence());
        return n;
    }

    public static JsonNode actor(Actor a) {
        if (a == null) {
            return MAPPER.nullNode();
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", a.text()).put("name", a.name()).put("code", a.code()).put("country", a.country())
                .put("role", a.role()).put("affiliation", a.affiliation());
        return n;
    }

    /** Reads a contract event object back (without its annotation anchor). */
    public static Event readEvent(JsonNode n) {
        JsonNode acled = n.path("acled");
        JsonNode date = n.path("date");
        JsonNode loc = n.path("location");
        JsonNode ev = n.path("evidence");
        Location location = loc.isObject() ? new Location(text(loc, "text"), text(loc, "name"),
                loc.hasNonNull("geonames_id") ? loc.get("geonames_id").asLong() : null, loc.get("lat").asDouble(),
                loc.get("lon").asDouble(), text(loc, "country"), text(loc, "admin1"),
                LocationPrecision.valueOf(loc.get("precision").asText().toUpperCase(Locale.ROOT))) : null;
        EventDate eventDate = date.isObject() ? new EventDate(LocalDate.parse(date.get("start").asText()),
                LocalDate.parse(date.get("end").asText()),
                DatePrecision.valueOf(date.get("precision").asText().toUpperCase(Locale.ROOT)), text(date, "text")) : null;
        return new Event(n.get("id").asText(), n.get("cameo").asText(), text(n, "cameo_name"), n.path("quad_class").asInt(),
                n.path("goldstein").asDouble(), text(n, "plover"),
                acled.isObject() ? new AcledType(acled.get("event_type").asText(), acled.get("sub_event_type").asText()) : null,
                Factuality.valueOf(n.get("factuality").asText().toUpperCase(Locale.ROOT)),
                readActor(n.path("source")), readActor(n.path("target")), eventDate, location,
                n.hasNonNull("fatalities") ? n.get("fatalities").asInt() : null,
                new Evidence(ev.path("sentence").asText(""), ev.path("start").asInt(), ev.path("end").asInt(), text(ev, "trigger")),
                n.hasNonNull("confidence") ? n.get("confidence").asDouble() : 1.0, null);
    }

    public static Actor readActor(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        return new Actor(text(n, "text"), text(n, "name"), text(n, "code"), text(n, "country"), text(n, "role"),
                text(n, "affiliation"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
