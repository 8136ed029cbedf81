package org.sitrep.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Factuality;

/**
 * Filters on stored events; null means "any". All filters must hold.
 *
 * @param from       events whose date interval ends on or after this day
 * @param to         events whose date interval starts on or before this day
 * @param country    ISO alpha-3 of the event location
 * @param actor      actor name (case-insensitive substring) or code (prefix), source or target
 * @param cameo      CAMEO code or root: matches codes that start with it ("19" matches "190", "1951")
 * @param acledType  ACLED event type or sub-event type, case-insensitive
 * @param bbox       min lon, min lat, max lon, max lat
 * @param factuality accepted factuality values, empty for all
 * @param text       case-insensitive substring of the evidence sentence
 * @param limit      at most this many rows, or null for all
 * @param since      only mentions stored after this UTC time (for real-world events: those with a mention stored
 *                   after it), or null
 */
public record EventQuery(LocalDate from, LocalDate to, String country, String actor, String cameo, String acledType,
                         double[] bbox, Set<Factuality> factuality, String text, Integer limit,
                         LocalDateTime since) {
    public EventQuery {
        factuality = factuality == null || factuality.isEmpty() ? Set.of() : Set.copyOf(factuality);
        if (bbox != null && bbox.length != 4) {
            throw new IllegalArgumentException("a bounding box needs 4 numbers: min lon, min lat, max lon, max lat");
        }
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, Set.of(), null, null, null);
    }

    public EventQuery between(LocalDate newFrom, LocalDate newTo) {
        return new EventQuery(newFrom, newTo, country, actor, cameo, acledType, bbox, factuality, text, limit, since);
    }

    public EventQuery inCountry(String newCountry) {
        return new EventQuery(from, to, newCountry, actor, cameo, acledType, bbox, factuality, text, limit, since);
    }

    public EventQuery withActor(String newActor) {
        return new EventQuery(from, to, country, newActor, cameo, acledType, bbox, factuality, text, limit, since);
    }

    public EventQuery withCameo(String newCameo) {
        return new EventQuery(from, to, country, actor, newCameo, acledType, bbox, factuality, text, limit, since);
    }

    public EventQuery withAcledType(String newType) {
        return new EventQuery(from, to, country, actor, cameo, newType, bbox, factuality, text, limit, since);
    }

    public EventQuery within(double minLon, double minLat, double maxLon, double maxLat) {
        return new EventQuery(from, to, country, actor, cameo, acledType, new double[] {minLon, minLat, maxLon, maxLat},
                factuality, text, limit, since);
    }

    public EventQuery withFactuality(Set<Factuality> newFactuality) {
        return new EventQuery(from, to, country, actor, cameo, acledType, bbox, newFactuality, text, limit, since);
    }

    public EventQuery containing(String newText) {
        return new EventQuery(from, to, country, actor, cameo, acledType, bbox, factuality, newText, limit, since);
    }

    public EventQuery limitedTo(Integer newLimit) {
        return new EventQuery(from, to, country, actor, cameo, acledType, bbox, factuality, text, newLimit, since);
    }

    public EventQuery changedAfter(LocalDateTime newSince) {
        return new EventQuery(from, to, country, actor, cameo, acledType, bbox, factuality, text, limit, newSince);
    }

    /** The WHERE clause over mentions (see {@link #where(List, boolean)}). */
    String where(List<Object> params) {
        return where(params, false);
    }

    /** The WHERE clause (starting with " WHERE", or empty) over the events table aliased {@code e}. */
    String where(List<Object> params, boolean byCluster) {
        List<String> clauses = new ArrayList<>();
        if (from != null) {
            clauses.add("e.date_end >= ?");
            params.add(from);
        }
        if (to != null) {
            clauses.add("e.date_start <= ?");
            params.add(to);
        }
        if (country != null) {
            clauses.add("e.location_country = ?");
            params.add(country.toUpperCase(Locale.ROOT));
        }
        if (actor != null) {
            String name = "%" + actor.toLowerCase(Locale.ROOT) + "%";
            String code = actor.toUpperCase(Locale.ROOT) + "%";
            clauses.add("(lower(e.source_name) LIKE ? OR lower(e.target_name) LIKE ? OR lower(e.source_text) LIKE ?"
                    + " OR lower(e.target_text) LIKE ? OR e.source_code LIKE ? OR e.target_code LIKE ?)");
            params.addAll(List.of(name, name, name, name, code, code));
        }
        if (cameo != null) {
            clauses.add("e.cameo LIKE ?");
            params.add(cameo + "%");
        }
        if (acledType != null) {
            clauses.add("(lower(e.acled_event_type) = ? OR lower(e.acled_sub_event_type) = ?)");
            String t = acledType.toLowerCase(Locale.ROOT);
            params.add(t);
            params.add(t);
        }
        if (bbox != null) {
            clauses.add("e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?");
            params.addAll(List.of(bbox[0], bbox[2], bbox[1], bbox[3]));
        }
        if (!factuality.isEmpty()) {
            List<String> marks = new ArrayList<>();
            for (Factuality f : EnumSet.copyOf(factuality)) {
                marks.add("?");
                params.add(f.label());
            }
            clauses.add("e.factuality IN (" + String.join(", ", marks) + ")");
        }
        if (text != null) {
            clauses.add("lower(e.evidence_sentence) LIKE ?");
            params.add("%" + text.toLowerCase(Locale.ROOT) + "%");
        }
        if (since != null) {
            // A real-world event changed when any of its mentions was stored after the time.
            clauses.add(byCluster ? "e.cluster_id IN (SELECT s.cluster_id FROM events s WHERE s.stored_at > ?)"
                    : "e.stored_at > ?");
            params.add(since);
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }
}
