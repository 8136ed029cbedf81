package org.sitrep.geo.eval;

/**
 * A toponym of a gold corpus, with offsets already converted to UTF-16 units of the text.
 *
 * @param start  character offset (UTF-16)
 * @param end    end offset, exclusive
 * @param phrase the words
 * @param lat    gold latitude
 * @param lon    gold longitude
 */
public record GoldToponym(int start, int end, String phrase, double lat, double lon) {
}
