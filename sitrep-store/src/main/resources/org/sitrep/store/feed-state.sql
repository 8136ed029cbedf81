-- feed state for `sitrep watch`: each feed's conditional-GET validators and last poll, and each item stored.
-- Applied with IF NOT EXISTS when a watcher opens the store (not a numbered migration: the event schema's
-- versions are independent of it). Portable SQL: runs unchanged on DuckDB and PostgreSQL.
CREATE TABLE IF NOT EXISTS feeds (
    feed_url      VARCHAR PRIMARY KEY,
    title         VARCHAR,
    etag          VARCHAR,
    last_modified VARCHAR,
    last_poll     TIMESTAMP,
    last_error    VARCHAR,
    polls         INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS feed_items (
    item_url     VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    feed_url     VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    first_seen   TIMESTAMP NOT NULL,
    last_stored  TIMESTAMP NOT NULL
);
