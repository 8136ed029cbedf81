/**
 * Scoring actor resolution against a gold set: decides, for each gold mention, event argument and
 * quote, whether Sitrep's actor code (and speaker) matches, from the gold file and the pipeline's
 * output. The runner that produces the output lives in the command line.
 */
package org.sitrep.actor.eval;
