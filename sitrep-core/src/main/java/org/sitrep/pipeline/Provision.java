package org.sitrep.pipeline;

/**
 * What a stage adds to an article, so that a {@link Pipeline} can check, when it is built, that every
 * stage comes after the stages whose output it reads.
 */
public enum Provision {
    /** Tokens, sentences, lemmas, entity mentions, dependencies, time expressions, quote spans. */
    ANNOTATION,
    /** Coded events with their arguments, evidence and factuality. */
    EVENTS,
    /** Quotes with their speakers' text. */
    QUOTES,
    /** Actor codes on event arguments and quote speakers. */
    ACTORS,
    /** Toponyms and event locations. */
    PLACES,
    /** Event dates. */
    DATES
}
