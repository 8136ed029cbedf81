/**
 * The {@code sitrep eval} subcommands: each runs the real pipeline on one gold set (events, actors,
 * places, dates, dedup) and prints the scores as a table and, with {@code --json}, as JSON.
 */
package org.sitrep.cli.eval;
