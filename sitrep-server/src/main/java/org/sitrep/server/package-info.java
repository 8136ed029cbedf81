/**
 * {@code sitrep serve}: the event store over HTTP. A JSON API under {@code /api/v1} (events with the filters of
 * {@code sitrep query}, one real-world event, one article with its coding, facet counts, map grid, exports,
 * health, and a token-protected POST that codes and stores an article) and a dashboard at {@code /} served
 * from the jar. SQL only through the store's prepared-statement query layer ({@link org.sitrep.store.StoreReader}).
 */
package org.sitrep.server;
