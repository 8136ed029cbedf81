package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code events} table: one row per contract event, its nested objects flattened into columns, and
 * {@code event_month} ({@code YYYY-MM} of the event's start date) as the partition column. Rows are made
 * from the contract JSON line itself, so the table and the JSON Lines never disagree.
 */
final class EventTable {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final StructType SCHEMA = new StructType(new StructField[] {
        string("article_id"), string("article_published"), string("article_url"), string("event_id"),
        string("cameo"), string("cameo_name"), DataTypes.createStructField("quad_class", DataTypes.IntegerType, true),
        DataTypes.createStructField("goldstein", DataTypes.DoubleType, true), string("plover"),
        string("acled_event_type"), string("acled_sub_event_type"), string("factuality"),
        string("source_text"), string("source_name"), string("source_code"), string("source_country"),
        string("target_text"), string("target_name"), string("target_code"), string("target_country"),
        DataTypes.createStructField("date_start", DataTypes.DateType, true),
        DataTypes.createStructField("date_end", DataTypes.DateType, true), string("date_precision"),
        string("location_name"), DataTypes.createStructField("geonames_id", DataTypes.LongType, true),
        DataTypes.createStructField("lat", DataTypes.DoubleType, true),
        DataTypes.createStructField("lon", DataTypes.DoubleType, true), string("location_country"),
        string("location_admin1"), string("location_precision"),
        DataTypes.createStructField("fatalities", DataTypes.IntegerType, true),
        DataTypes.createStructField("confidence", DataTypes.DoubleType, true), string("sentence"), string("trigger"),
        string("event_month")});

    private EventTable() {
    }

    private static StructField string(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }

    /** The rows of one contract JSON line. */
    static List<Row> rows(String contractLine) {
        JsonNode root;
        try {
            root = JSON.readTree(contractLine);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode article = root.path("article");
        List<Row> rows = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            JsonNode acled = e.path("acled");
            JsonNode src = e.path("source");
            JsonNode tgt = e.path("target");
            JsonNode date = e.path("date");
            JsonNode loc = e.path("location");
            JsonNode ev = e.path("evidence");
            String start = text(date, "start");
            rows.add(RowFactory.create(text(article, "id"), text(article, "published"), text(article, "url"),
                    text(e, "id"), text(e, "cameo"), text(e, "cameo_name"), integer(e, "quad_class"),
                    decimal(e, "goldstein"), text(e, "plover"), text(acled, "event_type"),
                    text(acled, "sub_event_type"), text(e, "factuality"), text(src, "text"), text(src, "name"),
                    text(src, "code"), text(src, "country"), text(tgt, "text"), text(tgt, "name"),
                    text(tgt, "code"), text(tgt, "country"), day(start), day(text(date, "end")),
                    text(date, "precision"), text(loc, "name"),
                    loc.hasNonNull("geonames_id") ? loc.get("geonames_id").asLong() : null, decimal(loc, "lat"),
                    decimal(loc, "lon"), text(loc, "country"), text(loc, "admin1"), text(loc, "precision"),
                    integer(e, "fatalities"), decimal(e, "confidence"), text(ev, "sentence"), text(ev, "trigger"),
                    start == null || start.length() < 7 ? "unknown" : start.substring(0, 7)));
        }
        return rows;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static Double decimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static java.sql.Date day(String iso) {
        return iso == null ? null : java.sql.Date.valueOf(iso);
    }
}
