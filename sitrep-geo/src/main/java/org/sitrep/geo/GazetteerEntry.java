package org.sitrep.geo;

/**
 * One place of the gazetteer.
 *
 * @param index       position in the gazetteer, stable for one loaded gazetteer
 * @param geonamesId  GeoNames id, or null for divisions and curated places that carry none
 * @param name        canonical name
 * @param feature     what kind of place it is
 * @param featureCode GeoNames feature code (PPLC, PPLA, PPL, ADM1, PCLI ...) or the supplement's kind
 * @param country     ISO 3166 alpha-2 code, or null for regions
 * @param admin1      first-level division code within the country ("07", "GA"), or null
 * @param admin2      second-level division code, or null
 * @param population  population, or the summed population of a division's places; 0 when unknown
 * @param lat         latitude in degrees
 * @param lon         longitude in degrees
 * @param container   the name of the place that contains it (curated places), or null
 */
public record GazetteerEntry(int index, Long geonamesId, String name, Feature feature, String featureCode,
                             String country, String admin1, String admin2, long population, double lat,
                             double lon, String container) {

    /** Great-circle distance in kilometres to a point. */
    public double distanceKm(double toLat, double toLon) {
        return Geo.distanceKm(lat, lon, toLat, toLon);
    }

    public double distanceKm(GazetteerEntry other) {
        return Geo.distanceKm(lat, lon, other.lat, other.lon);
    }

    /** Whether this entry lies within the division or country {@code outer} by its codes. */
    public boolean within(GazetteerEntry outer) {
        if (outer == this || country == null || !country.equals(outer.country)) {
            return false;
        }
        return switch (outer.feature) {
            case COUNTRY -> feature != Feature.COUNTRY;
            // a curated division may carry no code (a former province spanning several of today's)
            case ADMIN1 -> feature.ordinal() > Feature.ADMIN1.ordinal() && outer.admin1 != null
                    && outer.admin1.equals(admin1);
            case ADMIN2 -> feature.ordinal() > Feature.ADMIN2.ordinal() && outer.admin1 != null
                    && outer.admin1.equals(admin1) && outer.admin2 != null && outer.admin2.equals(admin2);
            default -> false;
        };
    }
}
