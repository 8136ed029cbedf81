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
 * @param kind       {@value #NAME} for a place name ("Iraq", "Mosul"), {@value #ADJECTIVAL} for a reference to a
 *                   place by its adjective or inhabitants ("Russian troops", "Turkish officials", "Iraqis"),
 *                   resolved to its country
 */
public record Place(String text, int start, int end, String name, Long geonamesId, Double lat, Double lon,
                    String country, String admin1, String feature, String kind) {
    public static final String NAME = "name";
    public static final String ADJECTIVAL = "adjectival";

    public Place {
        if (kind == null) {
            kind = NAME;
        } else if (!kind.equals(NAME) && !kind.equals(ADJECTIVAL)) {
            throw new IllegalArgumentException("unknown place kind: " + kind + " (name or adjectival)");
        }
    }

    /** A place name. */
    public Place(String text, int start, int end, String name, Long geonamesId, Double lat, Double lon,
                 String country, String admin1, String feature) {
        this(text, start, end, name, geonamesId, lat, lon, country, admin1, feature, NAME);
    }

    public static Place unresolved(String text, int start, int end) {
        return new Place(text, start, end, null, null, null, null, null, null, null);
    }

    public boolean isAdjectival() {
        return ADJECTIVAL.equals(kind);
    }
}
