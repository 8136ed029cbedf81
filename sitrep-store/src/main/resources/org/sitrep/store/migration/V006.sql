-- an index for --since (events stored after a time); apart from V005, as DuckDB cannot index a table it updated in the same transaction.
CREATE INDEX events_stored_at ON events (stored_at);
