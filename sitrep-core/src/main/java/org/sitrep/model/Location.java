package org.sitrep.model;

/**
 * Where an event happened.
 *
 * @param text       the words in the article, or null when inferred from the story's setting
 * @param name       canonical place name
 * @param geonamesId GeoNames id, or null for places from the curated supplement without one
 * @param lat        latitude in degrees
 * @param lon        longitude in degrees
 * @param country    ISO alpha-3, or null
 * @param admin1     first-level division name, or null
 * @param precision  how exact the location is
 */
public record Location(String text, String name, Long geonamesId, double lat, double lon, String country,
                       String admin1, LocationPrecision precision) {
}
