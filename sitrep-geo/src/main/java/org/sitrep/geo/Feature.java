package org.sitrep.geo;

import java.util.Locale;
import org.sitrep.model.LocationPrecision;

/** What kind of place a gazetteer entry is, from a whole region down to a single site. */
public enum Feature {
    REGION, COUNTRY, ADMIN1, ADMIN2, CITY, NEIGHBORHOOD, SITE;

    /** The contract's spelling for a place's {@code feature}: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How exact an event location at a place of this kind is. */
    public LocationPrecision precision() {
        return switch (this) {
            case REGION -> LocationPrecision.REGION;
            case COUNTRY -> LocationPrecision.COUNTRY;
            case ADMIN1 -> LocationPrecision.ADMIN1;
            case ADMIN2 -> LocationPrecision.ADMIN2;
            case CITY -> LocationPrecision.CITY;
            case NEIGHBORHOOD -> LocationPrecision.NEIGHBORHOOD;
            case SITE -> LocationPrecision.SITE;
        };
    }

    /** Parses a label such as "neighborhood"; unknown labels are an error naming the value. */
    public static Feature of(String label) {
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown place feature: " + label, e);
        }
    }
}
