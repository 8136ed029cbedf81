-- an index for the dedup candidate search (recent events first) on a server database.
CREATE INDEX events_date_end ON events (date_end);
