/**
 * The records every stage exchanges: coded events with their arguments, evidence, factuality and
 * ACLED type; actors; quotes; event dates; places and event locations; and the coded article that
 * carries them from stage to stage. Records here point at nothing outside this package but the
 * annotation and article records; stage packages import them, never the other way round.
 */
package org.sitrep.model;
