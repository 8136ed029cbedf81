/**
 * Evaluation subcommands of {@code sitrep eval}, one per gold set: each loads its gold file, runs
 * the real pipeline on it and prints the scores that the core scoring classes compute.
 */
package org.sitrep.cli.eval;
