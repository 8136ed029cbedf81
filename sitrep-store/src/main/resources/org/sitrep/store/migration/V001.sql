-- articles, their coded events (one row per mention), quotes and places.
-- Portable SQL: this file runs unchanged on DuckDB and PostgreSQL (see org.sitrep.store.Dialect).
CREATE TABLE articles (
    article_id     VARCHAR PRIMARY KEY,
    content_hash   VARCHAR NOT NULL,
    title          VARCHAR,
    published      DATE,
    source         VARCHAR,
    url            VARCHAR,
    language       VARCHAR,
    origin         VARCHAR,
    body           VARCHAR NOT NULL,
    event_count    INTEGER NOT NULL,
    stored_at      TIMESTAMP NOT NULL
);

CREATE TABLE events (
    event_id             VARCHAR PRIMARY KEY,
    article_id           VARCHAR NOT NULL,
    ordinal              INTEGER NOT NULL,
    cluster_id           VARCHAR NOT NULL,
    cameo                VARCHAR NOT NULL,
    cameo_root           VARCHAR NOT NULL,
    cameo_name           VARCHAR,
    quad_class           INTEGER NOT NULL,
    goldstein            DOUBLE PRECISION NOT NULL,
    plover               VARCHAR,
    acled_event_type     VARCHAR,
    acled_sub_event_type VARCHAR,
    factuality           VARCHAR NOT NULL,
    source_text          VARCHAR,
    source_name          VARCHAR,
    source_code          VARCHAR,
    source_country       VARCHAR,
    source_role          VARCHAR,
    source_affiliation   VARCHAR,
    target_text          VARCHAR,
    target_name          VARCHAR,
    target_code          VARCHAR,
    target_country       VARCHAR,
    target_role          VARCHAR,
    target_affiliation   VARCHAR,
    date_start           DATE,
    date_end             DATE,
    date_precision       VARCHAR,
    date_text            VARCHAR,
    location_text        VARCHAR,
    location_name        VARCHAR,
    geonames_id          BIGINT,
    lat                  DOUBLE PRECISION,
    lon                  DOUBLE PRECISION,
    location_country     VARCHAR,
    location_admin1      VARCHAR,
    location_precision   VARCHAR,
    fatalities           INTEGER,
    evidence_sentence    VARCHAR NOT NULL,
    evidence_start       INTEGER NOT NULL,
    evidence_end         INTEGER NOT NULL,
    evidence_trigger     VARCHAR,
    confidence           DOUBLE PRECISION NOT NULL
);

CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_cluster ON events (cluster_id);

CREATE TABLE quotes (
    article_id          VARCHAR NOT NULL,
    ordinal             INTEGER NOT NULL,
    quote_text          VARCHAR NOT NULL,
    start_offset        INTEGER NOT NULL,
    end_offset          INTEGER NOT NULL,
    speaker_text        VARCHAR,
    speaker_name        VARCHAR,
    speaker_code        VARCHAR,
    speaker_country     VARCHAR,
    speaker_role        VARCHAR,
    speaker_affiliation VARCHAR,
    PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE places (
    article_id   VARCHAR NOT NULL,
    ordinal      INTEGER NOT NULL,
    place_text   VARCHAR NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    name         VARCHAR,
    geonames_id  BIGINT,
    lat          DOUBLE PRECISION,
    lon          DOUBLE PRECISION,
    country      VARCHAR,
    admin1       VARCHAR,
    feature      VARCHAR,
    PRIMARY KEY (article_id, ordinal)
);
