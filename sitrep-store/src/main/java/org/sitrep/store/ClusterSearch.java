package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.sitrep.dedup.MergeRule;
import org.sitrep.model.Event;

/**
 * The dedup candidate search: for each new mention, the stored mentions of other articles the merge
 * rule might join it with (one SQL query per article), and the best cluster none of whose mentions
 * contradicts it or its same-sentence siblings.
 */
final class ClusterSearch {
    private static final int MAX_CANDIDATES = 500;
    private static final int MAX_CLUSTERS_CHECKED = 5;

    private final Connection connection;
    private final MergeRule mergeRule;

    ClusterSearch(Connection connection, MergeRule mergeRule) {
        this.connection = connection;
        this.mergeRule = mergeRule;
    }

    /**
     * The real-world event each new mention belongs to: the best-scoring cluster of mentions from other
     * articles that the merge rule accepts (see {@link #bestCompatibleCluster}), or a new cluster named
     * after the mention itself. The candidates of all the article's events come from one SQL query.
     */
    List<String> clustersFor(List<Event> events, String articleId) throws SQLException {
        List<java.util.Map<String, Double>> scores = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (int k = 0; k < events.size(); k++) {
            scores.add(new java.util.LinkedHashMap<>());
            if (events.get(k).date() != null) {
                if (sql.length() > 0) {
                    sql.append(" UNION ALL ");
                }
                sql.append(candidateSql(events.get(k), k, articleId, params));
            }
        }
        if (sql.length() > 0) {
            try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
                EventStore.bind(p, params);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        int k = r.getInt("k");
                        double d = r.getDouble("distance_km");
                        Double distanceKm = r.wasNull() ? null : d;
                        OptionalDouble score = mergeRule.score(events.get(k), EventRows.readEvent(r), distanceKm);
                        if (score.isPresent()) {
                            scores.get(k).merge(r.getString("cluster_id"), score.getAsDouble(), Math::max);
                        }
                    }
                }
            }
        }
        List<String> clusters = new ArrayList<>(events.size());
        for (int k = 0; k < events.size(); k++) {
            clusters.add(bestCompatibleCluster(events.get(k), siblings(events, k), scores.get(k)));
        }
        return clusters;
    }

    /**
     * The article's other events stated in the same sentence with a CAMEO code of the same family: one
     * happening told through several words ("met ... to discuss", "killed when ... detonated"), so a cluster
     * that contradicts one of them is no place for the others either.
     */
    private List<Event> siblings(List<Event> events, int k) {
        Event e = events.get(k);
        List<Event> out = new ArrayList<>();
        if (e.evidence() == null) {
            return out;
        }
        String family = mergeRule.families().familyOf(e.cameo());
        for (int j = 0; j < events.size(); j++) {
            Event o = events.get(j);
            if (j != k && o.evidence() != null && o.evidence().start() == e.evidence().start()
                    && mergeRule.families().familyOf(o.cameo()).equals(family) && o.date() != null) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * One event's candidate mentions as a parenthesised SELECT tagged with {@code k}: same CAMEO family and
     * factuality, dates near, another article, the same country and within the largest merge radius
     * (haversine in SQL) unless either place is coarse. The merge rule decides exactly.
     */
    private String candidateSql(Event event, int k, String articleId, List<Object> params) {
        List<String> roots = mergeRule.families().rootsLike(event.cameo());
        LocalDate[] window = MergeRule.window(event.date());
        boolean located = event.location() != null;
        String distance = located ? GeoSql.haversineKm("e.lat", "e.lon") : "CAST(NULL AS DOUBLE PRECISION)";
        StringBuilder sql = new StringBuilder("(SELECT ").append(k).append(" AS k, c.* FROM (SELECT ")
                .append(EventRows.eventColumns()).append(", ").append(distance)
                .append(" AS distance_km FROM events e WHERE e.cameo_root IN (")
                .append(String.join(", ", java.util.Collections.nCopies(roots.size(), "?")))
                .append(") AND e.factuality = ? AND e.date_start <= ? AND e.date_end >= ? AND e.article_id <> ?");
        if (located) {
            params.add(event.location().lat());
            params.add(event.location().lat());
            params.add(event.location().lon());
        }
        params.addAll(roots);
        params.add(event.factuality().label());
        // Widen by the other side's largest possible slack: the rule decides exactly.
        params.add(window[1].plusDays(MergeRule.DATE_SLACK_DAYS));
        params.add(window[0].minusDays(MergeRule.DATE_SLACK_DAYS + MergeRule.UNKNOWN_LAG_DAYS));
        params.add(articleId);
        if (located && event.location().country() != null) {
            sql.append(" AND (e.location_country IS NULL OR e.location_country = ?)");
            params.add(event.location().country());
        }
        sql.append(") c");
        if (located && Double.isFinite(MergeRule.radiusKm(event.location().precision()))) {
            // Coarse places (country, region) carry no distance limit; everything else must be near.
            sql.append(" WHERE c.distance_km IS NULL OR c.location_precision IN ('country', 'region')"
                    + " OR c.distance_km <= ?");
            params.add(MergeRule.maxFiniteRadiusKm());
        }
        return sql.append(" ORDER BY c.event_id LIMIT ").append(MAX_CANDIDATES).append(')').toString();
    }

    /**
     * Complete link: the best-scoring candidate cluster none of whose mentions contradicts the new one or its
     * siblings (see {@link #siblings}), so one vague report cannot chain two different events together; else a
     * new cluster.
     */
    private String bestCompatibleCluster(Event event, List<Event> siblings, java.util.Map<String, Double> clusterScores)
            throws SQLException {
        List<java.util.Map.Entry<String, Double>> ranked = new ArrayList<>(clusterScores.entrySet());
        ranked.sort(java.util.Map.Entry.<String, Double>comparingByValue().reversed());
        for (java.util.Map.Entry<String, Double> c : ranked.subList(0, Math.min(ranked.size(), MAX_CLUSTERS_CHECKED))) {
            int fit = fit(event, c.getKey());
            // a verbatim copy of one of its mentions needs no check of its siblings: the copy's siblings are
            // copies too, each joining its own cluster
            if (fit > 0 || fit == 0 && siblingsCompatible(siblings, c.getKey())) {
                return c.getKey();
            }
        }
        return event.id();
    }

    private boolean siblingsCompatible(List<Event> siblings, String clusterId) throws SQLException {
        for (Event s : siblings) {
            if (fit(s, clusterId) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * -1 when a mention of the cluster contradicts {@code event}, 1 when none does and one is a verbatim copy of
     * it ({@link MergeRule#sameWords}), else 0.
     */
    private int fit(Event event, String clusterId) throws SQLException {
        boolean copy = false;
        boolean located = event.location() != null;
        String distance = located ? GeoSql.haversineKm("e.lat", "e.lon") : "CAST(NULL AS DOUBLE PRECISION)";
        try (PreparedStatement p = connection.prepareStatement("SELECT " + EventRows.eventColumns() + ", " + distance
                + " AS distance_km FROM events e WHERE e.cluster_id = ?")) {
            List<Object> params = new ArrayList<>();
            if (located) {
                params.add(event.location().lat());
                params.add(event.location().lat());
                params.add(event.location().lon());
            }
            params.add(clusterId);
            EventStore.bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    double d = r.getDouble("distance_km");
                    Double distanceKm = r.wasNull() ? null : d;
                    Event mention = EventRows.readEvent(r);
                    if (!mergeRule.compatible(event, mention, distanceKm)) {
                        return -1;
                    }
                    copy |= MergeRule.sameWords(event, mention);
                }
            }
        }
        return copy ? 1 : 0;
    }
}
