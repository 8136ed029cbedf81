/**
 * Scoring of event dates against the time gold set: reading the gold file, matching predicted events
 * to gold events by trigger position, and counting predictions inside and equal to the gold interval.
 * It also anchors events at gold triggers so the dater can be scored without the event coder.
 */
package org.sitrep.time.eval;
