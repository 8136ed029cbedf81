package org.sitrep.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.AcledType;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.Location;
import org.sitrep.model.LocationPrecision;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * Reads the output contract's JSON event objects back into events (for gold sets and coded JSONL); writing
 * them is {@link org.sitrep.output.ContractJson}'s job.
 */
public final class ContractReader {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ContractReader() {
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
                evidence(ev), n.hasNonNull("confidence") ? n.get("confidence").asDouble() : 1.0, null,
                mentions(n.path("mentions")));
    }

    private static Evidence evidence(JsonNode ev) {
        return new Evidence(ev.path("sentence").asText(""), ev.path("start").asInt(), ev.path("end").asInt(),
                text(ev, "trigger"));
    }

    /** The event's further mentions (the contract's optional {@code mentions}), in their order. */
    private static java.util.List<Evidence> mentions(JsonNode array) {
        java.util.List<Evidence> out = new java.util.ArrayList<>();
        for (JsonNode m : array) {
            out.add(evidence(m));
        }
        return out;
    }

    public static Actor readActor(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        return new Actor(text(n, "text"), text(n, "name"), text(n, "code"), text(n, "country"), text(n, "role"),
                text(n, "affiliation"), text(n, "patron"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
