/**
 * The {@code sitrep} command: parses options, builds the standard pipeline once, and runs batches of
 * articles through it. Turns bad input into one-line messages and exit code 2.
 */
package org.sitrep.cli;
