package org.sitrep.model;

/**
 * A syntactic argument of an event predicate: the tokens of one sentence that fill a role.
 *
 * @param sentence sentence index in the article
 * @param head     token index of the argument's head word
 * @param start    first token index (inclusive)
 * @param end      last token index (exclusive)
 * @param text     the words, verbatim from the article
 */
public record Argument(int sentence, int head, int start, int end, String text) {
}
