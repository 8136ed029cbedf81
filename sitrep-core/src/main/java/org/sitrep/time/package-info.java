/**
 * Event dates: when each event happened, resolved from its clause's time expressions against the
 * publication date and against the other events of the narrative, never just the article's date.
 */
package org.sitrep.time;
