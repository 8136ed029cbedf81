package org.sitrep.store;

import java.util.List;

/**
 * A table the store writes, with its columns in the order of the migration that creates it. Both row
 * writers (DuckDB's Appender and PostgreSQL's statement batches) take values in this order.
 *
 * @param name    table name
 * @param columns column names in schema order
 */
public record Table(String name, List<String> columns) {
    public Table {
        columns = List.copyOf(columns);
    }

    static Table of(String name, String... columns) {
        return new Table(name, List.of(columns));
    }

    /** A parameterised INSERT of every column. */
    public String insertSql() {
        return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }

    public static final Table ARTICLES = of("articles", "article_id", "content_hash", "title", "published", "source",
            "url", "language", "origin", "body", "event_count", "stored_at");

    public static final Table EVENTS = of("events", "event_id", "article_id", "ordinal", "cluster_id", "cameo",
            "cameo_root", "cameo_name", "quad_class", "goldstein", "plover", "acled_event_type",
            "acled_sub_event_type", "factuality", "source_text", "source_name", "source_code", "source_country",
            "source_role", "source_affiliation", "target_text", "target_name", "target_code", "target_country",
            "target_role", "target_affiliation", "date_start", "date_end", "date_precision", "date_text",
            "location_text", "location_name", "geonames_id", "lat", "lon", "location_country", "location_admin1",
            "location_precision", "fatalities", "evidence_sentence", "evidence_start", "evidence_end",
            "evidence_trigger", "confidence", "source_patron", "target_patron", "stored_at", "api_event", "api_mention");

    /** The events columns that hold the API's precomputed JSON (schema V007), not part of the event record. */
    static final List<String> API_JSON = List.of("api_event", "api_mention");

    public static final Table QUOTES = of("quotes", "article_id", "ordinal", "quote_text", "start_offset",
            "end_offset", "speaker_text", "speaker_name", "speaker_code", "speaker_country", "speaker_role",
            "speaker_affiliation", "speaker_patron");

    public static final Table PLACES = of("places", "article_id", "ordinal", "place_text", "start_offset",
            "end_offset", "name", "geonames_id", "lat", "lon", "country", "admin1", "feature", "kind");

    public static final List<Table> ALL = List.of(ARTICLES, EVENTS, QUOTES, PLACES);
}
