package org.sitrep.quote;

import org.sitrep.actor.Actor;

/**
 * A direct quotation and who said it.
 *
 * @param text    the quoted words, without quotation marks
 * @param start   character offset of the quoted words
 * @param end     character offset, exclusive
 * @param speaker the speaker (name = the person, affiliation = the organisation), or null
 */
public record Quote(String text, int start, int end, Actor speaker) {
}
