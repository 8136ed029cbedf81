package org.sitrep.event;

/** How a predicate was found. */
enum PredicateKind { VERB, LIGHT, OCCUR, MERGED, INSTRUMENT, NOUN, COMPLEMENT }
