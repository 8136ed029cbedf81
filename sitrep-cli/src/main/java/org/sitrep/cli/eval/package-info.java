/**
 * {@code sitrep eval} subcommands: run gold sets through the real pipeline and score the coder. The
 * scoring itself lives in sitrep-core ({@code org.sitrep.event.eval}); this package reads the gold files,
 * codes them and prints the tables and JSON.
 */
package org.sitrep.cli.eval;
