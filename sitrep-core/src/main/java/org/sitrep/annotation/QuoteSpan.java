package org.sitrep.annotation;

/**
 * A direct quotation found by the annotator, with the speaker text it found if any.
 *
 * @param start       character offset of the quoted text, quotation marks excluded
 * @param end         end offset, exclusive
 * @param text        the quoted words, without the quotation marks
 * @param sentence    index of the sentence the quote starts in
 * @param speakerText the words naming the speaker ("Askary", "he"), or null
 * @param speakerStart character offset of the speaker words, or -1
 */
public record QuoteSpan(int start, int end, String text, int sentence, String speakerText, int speakerStart) {
}
