/**
 * Subcommands of {@code sitrep eval}: each reads one kind of gold set, runs the parts of the pipeline it
 * measures and prints the standard scores as a table and, on request, JSON.
 */
package org.sitrep.cli.eval;
