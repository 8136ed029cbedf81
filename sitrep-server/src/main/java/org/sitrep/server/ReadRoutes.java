package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.sitrep.export.EventExport;
import org.sitrep.store.EventQuery;
import org.sitrep.store.MentionIndex;
import org.sitrep.store.StoreReader;
import org.sitrep.store.StoreReader.Cluster;
import org.sitrep.store.StoreStats;
import org.sitrep.store.StoreStats.Cell;

/** The reading endpoints under {@code /api/v1}: events, one event, one article, stats, grid, export, health. */
final class ReadRoutes {
    static final int MAX_LIMIT = 1000;
    static final int DEFAULT_LIMIT = 100;
    private static final int MAX_ID = 300;

    private final StoreReader reader;
    private final StoreStats stats;
    private final ResultCache cache;
    private final MemoryIndex memory;

    ReadRoutes(StoreReader reader, ResultCache cache, MemoryIndex memory) {
        this.reader = reader;
        this.stats = new StoreStats(reader);
        this.cache = cache;
        this.memory = memory;
    }

    /** The in-memory index when it is read and answers this query, else null (SQL answers). */
    private MentionIndex indexFor(EventQuery query) {
        MentionIndex index = memory.current();
        return index != null && MentionIndex.covers(query) ? index : null;
    }

    void register(RoutesConfig routes) {
        routes.get(Api.PREFIX + "/events", this::events);
        routes.get(Api.PREFIX + "/events/{id}", this::event);
        routes.get(Api.PREFIX + "/articles/{id}", this::article);
        routes.get(Api.PREFIX + "/stats", this::stats);
        routes.get(Api.PREFIX + "/grid", this::grid);
        routes.get(Api.PREFIX + "/export/{format}", this::export);
        routes.get(Api.PREFIX + "/health", this::health);
    }

    private static Set<String> filtersAnd(String... more) {
        Set<String> s = new HashSet<>(QueryParams.FILTERS);
        s.addAll(Set.of(more));
        return s;
    }

    private void events(Context ctx) {
        QueryParams q = new QueryParams(ctx.queryParamMap(), filtersAnd("limit", "cursor"));
        EventQuery query = q.query();
        int limit = q.integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        String cursor = q.get("cursor");
        StoreReader.PageKey after = cursor == null ? null : PageCursor.decode(cursor);
        // A page is kept whole (its bytes), and the total apart, so the next pages of the same filters reuse it.
        byte[] body = cache.get(ResultCache.key("page", ctx.queryParamMap()), () -> {
            MentionIndex index = indexFor(query);
            long total = cache.get(ResultCache.key("count", ctx.queryParamMap(), "limit", "cursor"),
                    () -> index != null ? index.count(query) : reader.count(query));
            return ApiJson.page(index != null ? index.page(query, limit, after, total, reader::builtJson)
                    : reader.jsonEvents(query, limit, after, total));
        });
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(body);
    }

    private void event(Context ctx) {
        new QueryParams(ctx.queryParamMap(), Set.of());
        String id = id(ctx);
        Cluster c = reader.event(id).orElseThrow(() -> new ApiException(404, "id", "no event " + QueryParams.shorten(id)));
        Api.json(ctx, ApiJson.merged(c));
    }

    private void article(Context ctx) {
        new QueryParams(ctx.queryParamMap(), Set.of());
        String id = id(ctx);
        StoreReader.StoredArticle a = reader.article(id)
                .orElseThrow(() -> new ApiException(404, "id", "no article " + QueryParams.shorten(id)));
        Api.json(ctx, ApiJson.article(a));
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > MAX_ID || id.chars().anyMatch(c -> c < 0x20)) {
            throw ApiException.badParameter("id", "not an id (too long or control characters)");
        }
        return id;
    }

    private void stats(Context ctx) {
        QueryParams q = new QueryParams(ctx.queryParamMap(), QueryParams.FILTERS);
        EventQuery query = q.query();
        StoreStats.Stats s = cache.get(ResultCache.key("stats", ctx.queryParamMap()), () -> {
            MentionIndex index = indexFor(query);
            return index != null ? index.stats(query) : stats.stats(query);
        });
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("total", s.total());
        o.put("located", s.located());
        ObjectNode days = o.putObject("per_day");
        s.facets().get("day").forEach((k, v) -> {
            if (k != null) {
                days.put(k, v);
            }
        });
        o.set("per_country", ApiJson.counts(s.facets().get("country")));
        o.set("per_acled_type", ApiJson.counts(s.facets().get("acled")));
        o.set("per_cameo_root", ApiJson.counts(s.facets().get("cameo_root")));
        o.set("per_factuality", ApiJson.counts(s.facets().get("factuality")));
        Api.json(ctx, o);
    }

    /** Cell size in degrees at a Leaflet zoom level: 64° at zoom 0, halving with each level. */
    static double cellDegrees(int zoom) {
        return 64.0 / (1L << zoom);
    }

    private void grid(Context ctx) {
        QueryParams q = new QueryParams(ctx.queryParamMap(), filtersAnd("zoom"));
        int zoom = q.integer("zoom", 0, 18, 2);
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("zoom", zoom);
        o.put("cell_degrees", cellDegrees(zoom));
        ArrayNode cells = o.putArray("cells");
        long total = 0;
        EventQuery query = q.query();
        java.util.List<Cell> grid = cache.get(ResultCache.key("grid", ctx.queryParamMap()),
                () -> stats.grid(query, cellDegrees(zoom)));
        for (Cell c : grid) {
            ObjectNode n = cells.addObject();
            n.put("lat", Math.round(c.lat() * 1e5) / 1e5);
            n.put("lon", Math.round(c.lon() * 1e5) / 1e5);
            n.put("count", c.count());
            if (c.count() == 1) {
                n.put("id", c.clusterId());
            }
            total += c.count();
        }
        o.put("total", total);
        Api.json(ctx, o);
    }

    private void export(Context ctx) throws java.io.IOException {
        QueryParams q = new QueryParams(ctx.queryParamMap(), QueryParams.FILTERS);
        EventQuery query = q.query();
        EventExport format;
        try {
            format = EventExport.byLabel(ctx.pathParam("format"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(404, "format", "unknown export format (gdelt-csv, acled-csv, geojson, jsonl)");
        }
        if (format.needsFactualityFile(query)) {
            throw ApiException.badParameter("factuality", "gdelt-csv with other factualities than asserted needs a second"
                    + " file: use sitrep export, or export/sitrep-csv");
        }
        String type = switch (format) {
            case GEOJSON -> "application/geo+json";
            case JSONL -> "application/x-ndjson";
            case GDELT_CSV, GDELT_MENTIONS -> "text/tab-separated-values; charset=utf-8";
            default -> "text/csv; charset=utf-8";
        };
        ctx.status(200);
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + format.suggestedFileName() + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 64 * 1024);
        format.write(reader, query, out);
        out.flush();
    }

    private void health(Context ctx) {
        new QueryParams(ctx.queryParamMap(), Set.of());
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("status", "ok");
        o.put("events", reader.eventCount());
        Api.json(ctx, o);
    }
}
