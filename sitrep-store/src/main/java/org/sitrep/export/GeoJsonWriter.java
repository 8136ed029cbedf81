package org.sitrep.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.store.StoredEvent;

/**
 * A GeoJSON FeatureCollection (RFC 7946) of points, one per real-world event with a location, written as a
 * stream; properties are flat so GIS tools show them as attribute columns.
 */
final class GeoJsonWriter {
    private final Writer out;
    private boolean first = true;

    GeoJsonWriter(Writer out) {
        this.out = out;
        raw("{\"type\":\"FeatureCollection\",\"features\":[\n");
    }

    int write(MergedEvent merged) {
        StoredEvent rep = merged.representative();
        Event e = rep.event();
        Location l = e.location();
        if (l == null) {
            return 0;
        }
        ObjectNode f = ContractReader.MAPPER.createObjectNode();
        f.put("type", "Feature");
        f.putObject("geometry").put("type", "Point").putArray("coordinates").add(l.lon()).add(l.lat());
        ObjectNode p = f.putObject("properties");
        p.put("id", merged.clusterId());
        p.put("cameo", e.cameo()).put("cameo_name", e.cameoName()).put("quad_class", e.quadClass())
                .put("goldstein", e.goldstein()).put("factuality", e.factuality().label());
        p.put("acled_event_type", e.acled() == null ? null : e.acled().eventType());
        p.put("acled_sub_event_type", e.acled() == null ? null : e.acled().subEventType());
        p.put("date_start", e.date() == null ? null : e.date().start().toString());
        p.put("date_end", e.date() == null ? null : e.date().end().toString());
        p.put("source", name(e.source())).put("source_code", e.source() == null ? null : e.source().code());
        p.put("target", name(e.target())).put("target_code", e.target() == null ? null : e.target().code());
        p.put("place", l.name()).put("country", l.country()).put("admin1", l.admin1())
                .put("precision", l.precision() == null ? null : l.precision().label());
        p.put("fatalities", merged.fatalities());
        p.put("mentions", merged.mentions().size()).put("articles", merged.articleCount());
        p.put("evidence", e.evidence().sentence()).put("url", rep.articleUrl());
        try {
            raw((first ? "" : ",\n") + ContractReader.MAPPER.writeValueAsString(f));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        first = false;
        return 1;
    }

    void finish() {
        raw("\n]}\n");
    }

    private static String name(Actor a) {
        return a == null ? null : a.name() != null ? a.name() : a.text();
    }

    private void raw(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
