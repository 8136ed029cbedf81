package org.sitrep.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.store.StoredEvent;

/** Flat CSV of stored mentions, one row each, with Sitrep's own column names: what {@code sitrep query --format csv} prints. */
public final class MentionCsv {
    public static final List<String> HEADER = List.of("event_id", "cluster_id", "article_id", "date_start", "date_end",
            "date_precision", "cameo", "cameo_name", "quad_class", "goldstein", "plover", "acled_event_type",
            "acled_sub_event_type", "factuality", "source_name", "source_code", "source_country", "target_name",
            "target_code", "target_country", "location_name", "location_country", "location_admin1", "lat", "lon",
            "location_precision", "fatalities", "confidence", "evidence", "published", "url");

    private final Csv csv;

    public MentionCsv(Writer out) {
        this.csv = new Csv(out);
        csv.row(HEADER);
    }

    public void write(StoredEvent m) {
        Event e = m.event();
        List<Object> row = new ArrayList<>();
        row.add(e.id());
        row.add(m.clusterId());
        row.add(m.articleId());
        row.add(e.date() == null ? null : e.date().start());
        row.add(e.date() == null ? null : e.date().end());
        row.add(e.date() == null ? null : e.date().precision().label());
        row.add(e.cameo());
        row.add(e.cameoName());
        row.add(e.quadClass());
        row.add(e.goldstein());
        row.add(e.plover());
        row.add(e.acled() == null ? null : e.acled().eventType());
        row.add(e.acled() == null ? null : e.acled().subEventType());
        row.add(e.factuality().label());
        actor(row, e.source());
        actor(row, e.target());
        Location l = e.location();
        row.add(l == null ? null : l.name());
        row.add(l == null ? null : l.country());
        row.add(l == null ? null : l.admin1());
        row.add(l == null ? null : l.lat());
        row.add(l == null ? null : l.lon());
        row.add(l == null || l.precision() == null ? null : l.precision().label());
        row.add(e.fatalities());
        row.add(e.confidence());
        row.add(e.evidence().sentence());
        row.add(m.published());
        row.add(m.articleUrl());
        csv.row(row);
    }

    private static void actor(List<Object> row, Actor a) {
        row.add(a == null ? null : a.name() != null ? a.name() : a.text());
        row.add(a == null ? null : a.code());
        row.add(a == null ? null : a.country());
    }
}
