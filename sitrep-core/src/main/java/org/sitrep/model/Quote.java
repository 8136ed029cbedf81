package org.sitrep.model;


/**
 * A direct quotation and who said it.
 *
 * @param text         the quoted words, without quotation marks
 * @param start        character offset of the quoted words
 * @param end          character offset, exclusive
 * @param speaker      the speaker (name = the person, affiliation = the organisation), or null
 * @param speakerStart character offset of the word that names the speaker where the quote is
 *                     attributed (the subject of "said"), or -1 when not known; lets the actor
 *                     stage resolve the speaker in context
 */
public record Quote(String text, int start, int end, Actor speaker, int speakerStart) {

    /** A quote whose speaker's position is not known. */
    public Quote(String text, int start, int end, Actor speaker) {
        this(text, start, end, speaker, -1);
    }

    /** The same quote with another speaker. */
    public Quote withSpeaker(Actor newSpeaker) {
        return new Quote(text, start, end, newSpeaker, speakerStart);
    }
}
