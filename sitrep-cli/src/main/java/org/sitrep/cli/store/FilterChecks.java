package org.sitrep.cli.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks query filters that could never match anything, with a message in the user's terms: a country
 * that is no ISO 3166 alpha-3 code (with the code when the value is a country's English name), a date
 * range that ends before it starts, a bounding box outside the globe or with its corners swapped, a
 * limit below one.
 */
final class FilterChecks {
    private static final Set<String> ISO3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private FilterChecks() {
    }

    /** The country code as stored (upper case), or an IllegalArgumentException saying why it is none. */
    static String country(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        String upper = v.toUpperCase(Locale.ROOT);
        if (upper.matches("[A-Z]{3}") && (ISO3.contains(upper) || upper.equals("XKX"))) {
            return upper;
        }
        String named = Stream.of(Locale.getISOCountries())
                .map(iso2 -> new Locale("", iso2))
                .filter(l -> l.getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(v))
                .map(Locale::getISO3Country).findFirst().orElse(null);
        return fail("--country: '" + value + "' is not an ISO 3166 alpha-3 country code"
                + (named != null ? "; for " + v + " use " + named : " (three letters, e.g. IRQ, KEN, UKR)"));
    }

    static void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            fail("--from " + from + " is after --to " + to + ": no day is in that range");
        }
    }

    static void limit(Integer limit) {
        if (limit != null && limit < 1) {
            fail("--limit must be at least 1, not " + limit);
        }
    }

    static void bbox(List<Double> box) {
        if (box.size() != 4) {
            fail("--bbox needs four numbers: MINLON,MINLAT,MAXLON,MAXLAT");
        }
        double minLon = box.get(0);
        double minLat = box.get(1);
        double maxLon = box.get(2);
        double maxLat = box.get(3);
        for (double lon : new double[] {minLon, maxLon}) {
            if (!(lon >= -180 && lon <= 180)) {
                fail("--bbox: longitude " + lon + " is outside -180..180");
            }
        }
        for (double lat : new double[] {minLat, maxLat}) {
            if (!(lat >= -90 && lat <= 90)) {
                fail("--bbox: latitude " + lat + " is outside -90..90");
            }
        }
        if (minLon > maxLon) {
            fail("--bbox: the minimum longitude " + minLon + " is east of the maximum " + maxLon
                    + " (the order is MINLON,MINLAT,MAXLON,MAXLAT)");
        }
        if (minLat > maxLat) {
            fail("--bbox: the minimum latitude " + minLat + " is north of the maximum " + maxLat
                    + " (the order is MINLON,MINLAT,MAXLON,MAXLAT)");
        }
    }

    private static <T> T fail(String message) {
        throw new IllegalArgumentException(message);
    }
}
