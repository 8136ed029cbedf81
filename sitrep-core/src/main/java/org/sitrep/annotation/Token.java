package org.sitrep.annotation;

/**
 * One token of a sentence.
 *
 * @param index      0-based position in its sentence
 * @param word       the token as it appears in the text
 * @param lemma      dictionary form, lower-cased for common words
 * @param pos        Penn Treebank part-of-speech tag (NN, VBD, ...)
 * @param ner        named-entity type (PERSON, ORGANIZATION, CITY, COUNTRY, DATE, ...) or "O"
 * @param start      character offset (UTF-16) in the article text, inclusive
 * @param end        character offset (UTF-16) in the article text, exclusive
 * @param normalized normalized value for time and number tokens (TIMEX value such as
 *                   "2021-07-08", "2020-12", "P3D"), or null
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end,
                    String normalized) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean hasEntityType() {
        return ner != null && !"O".equals(ner);
    }
}
