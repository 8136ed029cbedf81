-- when each event mention was stored (UTC): GDELT's DATEADDED, ACLED's timestamp and --since.
ALTER TABLE events ADD COLUMN stored_at TIMESTAMP;
UPDATE events SET stored_at = (SELECT a.stored_at FROM articles a WHERE a.article_id = events.article_id);
