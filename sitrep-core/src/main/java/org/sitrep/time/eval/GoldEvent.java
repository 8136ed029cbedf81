package org.sitrep.time.eval;

import org.sitrep.model.EventDate;

/**
 * One event of the time gold set: where it is stated and when it happened.
 *
 * @param sentence      the sentence stating it, verbatim from the article text
 * @param trigger       the word expressing the action, as spelled in the sentence
 * @param triggerOffset UTF-16 offset of the trigger in the article text
 * @param date          the gold interval, with precision and the expression it comes from (or null)
 */
public record GoldEvent(String sentence, String trigger, int triggerOffset, EventDate date) {
}
