/**
 * Synthetic coded articles and the store benchmark: bulk-loads a million generated events through DuckDB's
 * Appender, times a country + date-range query and the per-article transactional ingest path. Also the
 * separate-process loader the crash test kills.
 */
package org.sitrep.store.bench;
