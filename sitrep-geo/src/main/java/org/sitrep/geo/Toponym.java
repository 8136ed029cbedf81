package org.sitrep.geo;

/**
 * A place name found in the article, before resolution.
 *
 * @param text       the words, verbatim from the article
 * @param start      character offset (UTF-16) in the article text
 * @param end        end offset, exclusive
 * @param sentence   sentence index, or -1 when it lies outside any sentence
 * @param startToken first token, inclusive (-1 when unknown)
 * @param endToken   last token, exclusive (-1 when unknown)
 * @param kind       a place name, or a demonym standing for its country ("Iraqi")
 * @param source     what found it: the NER type (CITY, COUNTRY, ...), "GAZETTEER", or "GIVEN" for spans
 *                   supplied from outside (evaluation with gold spans)
 */
public record Toponym(String text, int start, int end, int sentence, int startToken, int endToken, Kind kind,
                      String source) {

    /** Whether the words name a place or describe something as belonging to one. */
    public enum Kind { NAME, DEMONYM }

    public boolean isDemonym() {
        return kind == Kind.DEMONYM;
    }
}
