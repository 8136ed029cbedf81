/**
 * The event store: coded articles, their events (one row per mention, grouped into real-world events by
 * dedup), quotes and places, in an embedded DuckDB file by default or in PostgreSQL. One schema (versioned
 * SQL migrations) and one query layer serve both; what differs between the two databases is confined to
 * {@link org.sitrep.store.Dialect}.
 */
package org.sitrep.store;
