/**
 * Event dates: when each event happened, resolved from its clause's time expressions against the
 * publication date and against the other events of the narrative, never just the article's date.
 * The dater finds expressions (annotator TIMEX spans plus the time lexicon), picks the one attached
 * to the event's clause in the dependency graph, reads it with the clause's tense, and shifts
 * relative ones ("three days later") from the event they refer to.
 */
package org.sitrep.time;
