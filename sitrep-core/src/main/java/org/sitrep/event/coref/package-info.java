/**
 * In-article event coreference: one event per real occurrence. The {@link org.sitrep.event.coref.EventCoreference}
 * stage runs after the dates stage, drops statements that are not occurrences (figurative violence, generic
 * or habitual ones), clears arguments that are no actors (determiners, participles, unresolved pronouns),
 * and merges the events of one family whose actors, date and place agree and whose wording points back at
 * each other (a lede and the body, a verb and "the attack", an attack and the killings it caused), keeping
 * every mention as evidence and the dead counted once.
 */
package org.sitrep.event.coref;
