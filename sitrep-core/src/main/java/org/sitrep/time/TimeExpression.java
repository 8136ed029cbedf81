package org.sitrep.time;

/**
 * A time expression found in one sentence: a token span, where it attaches in the parse, and what
 * the annotator (SUTime) made of it.
 *
 * @param sentence    sentence index in the article
 * @param start       first token, inclusive
 * @param end         last token, exclusive
 * @param head        the span's syntactic head (the token attached outside the span)
 * @param text        the words, verbatim
 * @param normalized  the annotator's TIMEX value for the span ("2020-01", "P2D"), or null
 * @param ner         DATE, TIME, DURATION or SET, or null when only the time lexicon found it
 * @param preposition the preposition introducing it ("on", "in", "since"), lower-case, or null
 * @param referent    for "two days after the protests ended": token index of the event noun it is
 *                    relative to; -1 when it names none ("three days later", "after that");
 *                    {@link TimeExpressions#UNRESOLVABLE} when words follow that name no event noun
 */
public record TimeExpression(int sentence, int start, int end, int head, String text, String normalized,
                             String ner, String preposition, int referent) {

    public boolean covers(int token) {
        return token >= start && token < end;
    }

    public int size() {
        return end - start;
    }
}
