package org.sitrep.annotation;

/**
 * A named entity or time expression found by the annotator, as a token span of one sentence.
 *
 * @param sentence   index of the sentence in the article
 * @param startToken first token, inclusive
 * @param endToken   last token, exclusive
 * @param text       the covered text, verbatim
 * @param type       fine NER type: PERSON, ORGANIZATION, COUNTRY, CITY, STATE_OR_PROVINCE,
 *                   LOCATION, NATIONALITY, TITLE, DATE, TIME, DURATION, SET, NUMBER, ...
 * @param start      character offset in the article text
 * @param end        character offset in the article text, exclusive
 * @param normalized normalized value (TIMEX value for times, number for numbers), or null
 */
public record EntityMention(int sentence, int startToken, int endToken, String text, String type,
                            int start, int end, String normalized) {

    public boolean isTime() {
        return "DATE".equals(type) || "TIME".equals(type) || "DURATION".equals(type) || "SET".equals(type);
    }

    public boolean isPlace() {
        return "LOCATION".equals(type) || "CITY".equals(type) || "STATE_OR_PROVINCE".equals(type)
                || "COUNTRY".equals(type);
    }

    public boolean covers(int tokenIndex) {
        return tokenIndex >= startToken && tokenIndex < endToken;
    }
}
