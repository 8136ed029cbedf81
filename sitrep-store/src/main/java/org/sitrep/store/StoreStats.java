package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of real-world events for the dashboard, computed in SQL: per day, country, ACLED type, CAMEO root
 * and factuality, and per grid cell for the map. A real-world event counts once: under the earliest day of its
 * matching mentions and, for the other facets, under the smallest value its matching mentions have
 * (reports of one event share country, CAMEO family and factuality; see docs/store.md).
 */
public final class StoreStats {
    static final String[] FACETS = {"day", "country", "acled", "cameo_root", "factuality"};

    private final StoreReader reader;

    public StoreStats(StoreReader reader) {
        this.reader = reader;
    }

    /**
     * The facet counts.
     *
     * @param total   real-world events matching
     * @param located those of them with coordinates (what the map shows)
     * @param facets  facet name ({@code day}, {@code country}, {@code acled}, {@code cameo_root},
     *                {@code factuality}) to value (null for "none") to count; days in date order,
     *                the others by count, largest first
     */
    public record Stats(long total, long located, Map<String, Map<String, Long>> facets) {
    }

    public Stats stats(EventQuery query) {
        return reader.withConnection(c -> {
            List<Object> params = new ArrayList<>();
            String cte = "WITH c AS (SELECT e.cluster_id, min(e.date_start) AS day, min(e.location_country) AS country,"
                    + " min(e.acled_event_type) AS acled, min(e.cameo_root) AS cameo_root, min(e.factuality) AS factuality,"
                    + " max(e.lat) AS lat FROM events e" + query.where(params, true) + " GROUP BY e.cluster_id) ";
            // One pass over the clusters: every facet is a grouping set, told apart by GROUPING() (a NULL value
            // in a grouped column is the facet's "none").
            StringBuilder sql = new StringBuilder(cte).append("SELECT GROUPING(").append(String.join(", ", FACETS))
                    .append(") AS g");
            for (String f : FACETS) {
                sql.append(", CAST(").append(f).append(" AS VARCHAR)");
            }
            sql.append(", count(*) AS n, count(lat) AS located FROM c GROUP BY GROUPING SETS (()");
            for (String f : FACETS) {
                sql.append(", (").append(f).append(')');
            }
            sql.append(')');
            long total = 0;
            long located = 0;
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement p = reader.prepare(c, sql.toString(), params); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    int grouping = r.getInt(1);
                    int all = (1 << FACETS.length) - 1;
                    if (grouping == all) {
                        total = r.getLong(FACETS.length + 2);
                        located = r.getLong(FACETS.length + 3);
                        continue;
                    }
                    for (int f = 0; f < FACETS.length; f++) {
                        // GROUPING's leftmost argument is its highest bit; 0 means grouped by it.
                        if ((grouping & (1 << (FACETS.length - 1 - f))) == 0) {
                            rows.add(new Object[] {FACETS[f], r.getString(f + 2), r.getLong(FACETS.length + 2)});
                        }
                    }
                }
            }
            return assemble(total, located, rows);
        });
    }

    /**
     * Stats from rows {facet, value, count}: days in date order, the other facets by count, largest first, then
     * by value.
     */
    static Stats assemble(long total, long located, List<Object[]> rows) {
        rows.sort((a, b) -> {
            int byFacet = ((String) a[0]).compareTo((String) b[0]);
            if (byFacet != 0) {
                return byFacet;
            }
            if (a[0].equals("day")) {
                return String.valueOf(a[1]).compareTo(String.valueOf(b[1]));
            }
            int byCount = Long.compare((Long) b[2], (Long) a[2]);
            return byCount != 0 ? byCount : String.valueOf(a[1]).compareTo(String.valueOf(b[1]));
        });
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String f : FACETS) {
            facets.put(f, new LinkedHashMap<>());
        }
        for (Object[] row : rows) {
            facets.get((String) row[0]).put((String) row[1], (Long) row[2]);
        }
        return new Stats(total, located, facets);
    }

    /**
     * A map cell: the located real-world events whose position falls in it, their mean position, and one of
     * them (the smallest cluster id) to open when the cell holds a single event.
     */
    public record Cell(double lat, double lon, long count, String clusterId) {
    }

    /**
     * Located real-world events counted per square cell of {@code cellDegrees}; an event's position is the
     * mean of its matching mentions' coordinates. Only cells inside the bounding box when the query has one.
     */
    public List<Cell> grid(EventQuery query, double cellDegrees) {
        return reader.withConnection(c -> {
            List<Object> params = new ArrayList<>();
            String where = query.where(params, true);
            String sql = "SELECT avg(c.lat) AS lat, avg(c.lon) AS lon, count(*) AS n, min(c.cluster_id) AS cid FROM"
                    + " (SELECT e.cluster_id, avg(e.lat) AS lat, avg(e.lon) AS lon FROM events e"
                    + (where.isEmpty() ? " WHERE " : where + " AND ") + "e.lat IS NOT NULL GROUP BY e.cluster_id) c"
                    + " GROUP BY floor(c.lat / ?), floor(c.lon / ?) ORDER BY n DESC";
            params.add(cellDegrees);
            params.add(cellDegrees);
            List<Cell> cells = new ArrayList<>();
            try (PreparedStatement p = reader.prepare(c, sql, params); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    cells.add(new Cell(r.getDouble(1), r.getDouble(2), r.getLong(3), r.getString(4)));
                }
            }
            return cells;
        });
    }
}
