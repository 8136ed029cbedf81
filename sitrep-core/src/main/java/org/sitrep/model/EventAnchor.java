package org.sitrep.model;

/**
 * Where an event sits in the annotation, so later stages (actors, places, dates) can read the
 * clause around it instead of guessing from the whole sentence.
 *
 * @param sentence sentence index in the article
 * @param trigger  token index of the predicate (verb or nominal trigger)
 * @param source   the syntactic agent, or null when the clause names none
 * @param target   the syntactic patient or oblique target, or null
 */
public record EventAnchor(int sentence, int trigger, Argument source, Argument target) {
}
