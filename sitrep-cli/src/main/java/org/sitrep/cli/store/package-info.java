/**
 * The store's commands: {@code sitrep ingest} (code and store, idempotent, one transaction per article),
 * {@code sitrep query}, {@code sitrep export}, {@code sitrep eval dedup} and {@code sitrep bench store}.
 * They parse options and print; storing, dedup and formats live in sitrep-store.
 */
package org.sitrep.cli.store;
