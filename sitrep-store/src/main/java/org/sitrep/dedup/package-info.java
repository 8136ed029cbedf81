/**
 * Decides when two coded events from different articles report the same real-world event: compatible
 * CAMEO family, overlapping dates, places within a precision-dependent distance (computed in SQL by the
 * store) and no contradicting actors. The store merges a new event into the best-scoring earlier one.
 */
package org.sitrep.dedup;
