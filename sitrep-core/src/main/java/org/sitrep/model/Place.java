package org.sitrep.model;

/**
 * A toponym in the article and what it resolved to; the resolution fields are null when it
 * could not be resolved.
 *
 * @param text       the words in the article
 * @param start      character offset
 * @param end        character offset, exclusive
 * @param name       canonical name, or null
 * @param geonamesId GeoNames id, or null
 * @param lat        latitude, or null
 * @param lon        longitude, or null
 * @param country    ISO alpha-3, or null
 * @param admin1     first-level division, or null
 * @param feature    country, admin1, city, neighborhood, site or region; or null
 */
public record Place(String text, int start, int end, String name, Long geonamesId, Double lat, Double lon,
                    String country, String admin1, String feature) {

    public static Place unresolved(String text, int start, int end) {
        return new Place(text, start, end, null, null, null, null, null, null, null);
    }
}
