/**
 * Scoring dedup against gold clusters: codes (or takes) the gold articles, stores them in a fresh
 * store so the real candidate search and merge rule run, and reports pairwise precision and recall
 * with an explanation of each wrong or missed pair.
 */
package org.sitrep.dedup.eval;
