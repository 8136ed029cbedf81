/**
 * Evaluation of the event coder against gold labels: which event of a coded snippet is its main event,
 * how that event's ACLED type (or a non-ACLED fallback) maps to a gold label set such as CASE 2021 task 2,
 * and the standard scores (accuracy, micro/macro/weighted F1, confusions) over a chosen set of labels.
 */
package org.sitrep.event.eval;
