/**
 * Events: who did what to whom. The {@link org.sitrep.event.EventCoder} decides from the dependency structure
 * of each clause which predicate is an event (verb frames, support verbs with nominal triggers, event nouns),
 * its CAMEO code and ACLED/PLOVER types, its syntactic source and target, its factuality and fatalities, using
 * the lexicons under {@code knowledge/events/} and the codebooks under {@code knowledge/codebook/}.
 */
package org.sitrep.event;
