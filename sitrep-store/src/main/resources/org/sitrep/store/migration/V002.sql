-- one row per real-world event after dedup: how many mentions and articles report it.
CREATE VIEW event_clusters AS
SELECT cluster_id,
       count(*)                   AS mentions,
       count(DISTINCT article_id) AS articles,
       min(date_start)            AS date_start,
       max(date_end)              AS date_end
FROM events
GROUP BY cluster_id;
