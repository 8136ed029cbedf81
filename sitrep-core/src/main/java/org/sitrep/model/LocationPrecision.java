package org.sitrep.model;

import java.util.Locale;

/** How exact an event location is, from a named site down to a whole region. */
public enum LocationPrecision {
    SITE, NEIGHBORHOOD, CITY, ADMIN2, ADMIN1, COUNTRY, REGION;

    /** The contract's spelling: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
