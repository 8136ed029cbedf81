/**
 * Subcommands of {@code sitrep eval} that run the real pipeline over a gold set and print the
 * scores as a table and JSON; the scoring itself lives in core, next to what it scores.
 */
package org.sitrep.cli.eval;
