-- the API's JSON of each mention, made when it is stored, so GET /events concatenates instead of building: the contract event object's fields after "id" (NULL for an undated event, whose JSON depends on the day it is read) and the mention's entry (article, cameo, factuality, evidence). Stored uncompressed on DuckDB: a page reads a few rows spread over a date range, and decompressing whole vectors of compressed strings cost ten times the read.
ALTER TABLE events ADD COLUMN api_event VARCHAR /*UNCOMPRESSED*/;
ALTER TABLE events ADD COLUMN api_mention VARCHAR /*UNCOMPRESSED*/;
