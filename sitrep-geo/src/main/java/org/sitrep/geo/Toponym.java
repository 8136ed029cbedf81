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
 * @param source     what found it: the NER type (CITY, COUNTRY, ...), "GAZETTEER", "PROPAGATED", or
 *                   "GIVEN" for spans supplied from outside (evaluation with gold spans)
 * @param inName     whether it is part of an organisation's or facility's name ("Texas" in "Texas
 *                   Department of Transportation"): a toponym, but never where an event happened
 */
public record Toponym(String text, int start, int end, int sentence, int startToken, int endToken, Kind kind,
                      String source, boolean inName) {

    public Toponym(String text, int start, int end, int sentence, int startToken, int endToken, Kind kind,
                   String source) {
        this(text, start, end, sentence, startToken, endToken, kind, source, false);
    }

    /** Whether the words name a place or describe something as belonging to one. */
    public enum Kind { NAME, DEMONYM }

    public boolean isDemonym() {
        return kind == Kind.DEMONYM;
    }
}
