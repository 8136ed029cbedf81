package org.sitrep.cli.store;

import java.util.function.Function;
import org.sitrep.geo.GazetteerEntry;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.Location;
import org.sitrep.model.LocationPrecision;

/**
 * The second-level division (district) a stored place lies in, from the gazetteer's containment: the entry with
 * the place's GeoNames id (or, without one, the same name within a kilometre), then its admin2 division; a place
 * that is a district is its own. Null when the gazetteer has no district for it. For ACLED's admin2 column.
 */
final class GazetteerDistricts implements Function<Location, String> {
    private final Gazetteer gazetteer;

    GazetteerDistricts(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String apply(Location l) {
        if (l == null || l.name() == null || l.precision() == null) {
            return null;
        }
        if (l.precision() == LocationPrecision.ADMIN2) {
            return l.name();
        }
        if (l.precision() == LocationPrecision.ADMIN1 || l.precision() == LocationPrecision.COUNTRY
                || l.precision() == LocationPrecision.REGION) {
            return null;
        }
        for (GazetteerEntry e : gazetteer.candidates(l.name())) {
            boolean same = l.geonamesId() != null ? l.geonamesId().equals(e.geonamesId()) : e.distanceKm(l.lat(), l.lon()) < 1;
            if (same && e.country() != null && e.admin1() != null && e.admin2() != null) {
                GazetteerEntry district = gazetteer.admin2(e.country(), e.admin1(), e.admin2());
                if (district != null) {
                    return district.name();
                }
            }
        }
        return null;
    }
}
