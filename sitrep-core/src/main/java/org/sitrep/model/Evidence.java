package org.sitrep.model;

/**
 * The sentence that states an event.
 *
 * @param sentence verbatim sentence text, equal to the article text at [start, end)
 * @param start    UTF-16 offset of the sentence in the article text
 * @param end      UTF-16 offset after the sentence
 * @param trigger  the word(s) that express the action, or null
 */
public record Evidence(String sentence, int start, int end, String trigger) {
}
