/**
 * Scores whole coded articles against the article gold set ({@code gold/articles/}): which coded asserted
 * events are the gold occurrences (CAMEO root and date interval, one-to-one within an article), how many
 * coded events are things that must not be coded, and whether quotes and their speakers were found. Plain
 * records in, figures out; nothing here runs the pipeline.
 */
package org.sitrep.coding.eval;
