package org.sitrep.export;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Location;

/**
 * One of GDELT 2.0's three geography blocks (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long,
 * FeatureID) for a location or a country. Type: 1 country (or region), 2 US state, 3 US city, 4 city or finer
 * elsewhere, 5 first- or second-level division elsewhere. CountryCode and ADM1Code are FIPS 10-4 (ADM1Code is the
 * country code alone where the division is not in the reviewed mapping); ADM2Code is empty (GDELT uses GAUL codes,
 * which Sitrep does not have); FeatureID is the FIPS code for a country, the ADM1 code for a first-level division and
 * the GeoNames id for a district, city or site (GDELT: a GNS or GNIS id).
 */
final class GdeltGeo {
    static final int FIELDS = 8;

    private final CountryCodes codes;

    GdeltGeo(CountryCodes codes) {
        this.codes = codes;
    }

    /** The eight fields, empty when there is no place. */
    List<Object> of(Location l) {
        List<Object> f = new ArrayList<>(FIELDS);
        if (l == null) {
            for (int i = 0; i < FIELDS; i++) {
                f.add(null);
            }
            return f;
        }
        String countryFips = codes.fips(l.country());
        String adm1 = codes.adm1(l.country(), l.admin1());
        String fips = adm1 != null ? adm1.substring(0, 2) : countryFips;
        int type = type(l);
        f.add(type);
        f.add(fullName(l, type));
        f.add(fips);
        f.add(type == 1 ? fips : adm1 != null ? adm1 : fips);
        f.add(null);
        f.add(round(l.lat()));
        f.add(round(l.lon()));
        f.add(type == 1 ? fips : isDivision(l) ? (adm1 != null ? adm1 : fips) : l.geonamesId());
        return f;
    }

    /** A country-level block without coordinates: an actor's own country when the text places it nowhere else. */
    List<Object> country(String iso3) {
        CountryCodes.Country c = codes.country(iso3);
        List<Object> f = new ArrayList<>(FIELDS);
        f.add(1);
        f.add(c == null ? iso3 : c.acledName());
        f.add(c == null ? null : c.fips());
        f.add(c == null ? null : c.fips());
        f.add(null);
        f.add(null);
        f.add(null);
        f.add(c == null ? null : c.fips());
        return f;
    }

    static int type(Location l) {
        boolean us = "USA".equals(l.country());
        if (l.precision() == null) {
            return us ? 3 : 4;
        }
        return switch (l.precision()) {
            case COUNTRY, REGION -> 1;
            case ADMIN1, ADMIN2 -> us ? 2 : 5;
            case CITY, NEIGHBORHOOD, SITE -> us ? 3 : 4;
        };
    }

    private static boolean isDivision(Location l) {
        return l.precision() != null && switch (l.precision()) {
            case ADMIN1 -> true;
            default -> false;
        };
    }

    /** "City, Division, Country" as far as known, as GDELT writes it ("Baghdad, Baghdad, Iraq"); a division alone once. */
    private String fullName(Location l, int type) {
        CountryCodes.Country c = codes.country(l.country());
        String country = c == null ? l.country() : c.acledName();
        List<String> parts = new ArrayList<>();
        if (type != 1) {
            boolean city = type == 3 || type == 4;
            if (l.name() != null && (city || !l.name().equals(l.admin1()))) {
                parts.add(l.name());
            }
            if (l.admin1() != null && (city || !l.admin1().equals(l.name()))) {
                parts.add(l.admin1());
            }
        } else if (l.precision() != null && l.precision().name().equals("REGION") && l.name() != null) {
            parts.add(l.name());
        }
        if (country != null && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(country))) {
            parts.add(country);
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static double round(double v) {
        return Math.round(v * 10_000.0) / 10_000.0;
    }
}
