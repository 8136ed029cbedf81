package org.sitrep.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Country and division codes the GDELT and ACLED exports need, from {@code countries.tsv} (every ISO
 * 3166-1 country: FIPS 10-4 code, numeric code, ACLED region and spelling) and {@code adm1-fips.tsv} (FIPS
 * ADM1 codes of the reviewed countries' divisions, by the gazetteer's names).
 */
final class CountryCodes {
    /** One country's codes. */
    record Country(String iso3, String iso2, Integer isoNumeric, String fips, String acledRegion, String acledName) {
    }

    private final Map<String, Country> byIso3 = new HashMap<>();
    private final Map<String, String> adm1 = new HashMap<>();
    private final Map<String, String> actorNames = new HashMap<>();

    private static final String ACTOR_COUNTRIES = "/knowledge/actors/countries.tsv";

    private CountryCodes() {
    }

    static CountryCodes load() {
        CountryCodes c = new CountryCodes();
        read("countries.tsv", 6, f -> c.byIso3.put(f[0], new Country(f[0], f[1],
                f[2].isEmpty() ? null : Integer.valueOf(f[2]), f[3].isEmpty() ? null : f[3], f[4], f[5])));
        read("adm1-fips.tsv", 4, f -> c.adm1.put(key(f[0], f[2]), f[3]));
        // The names the actor coder gives countries ("Democratic Republic of the Congo"), to tell a generic actor
        // name built from one ("Burkina Faso jihadists") from an organisation's own.
        if (CountryCodes.class.getResource(ACTOR_COUNTRIES) != null) {
            read(ACTOR_COUNTRIES, 2, f -> c.actorNames.put(f[0], f[1]));
        }
        return c;
    }

    /**
     * True when an actor's name is only its country's name, or that name and a common noun ("Kenya police",
     * "Burkina Faso jihadists"): the coder's name for an unnamed group, not the group's own.
     */
    boolean isCountryName(String name, String iso3) {
        if (name == null || iso3 == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        for (String country : new String[] {actorNames.get(iso3), country(iso3) == null ? null : country(iso3).acledName()}) {
            if (country != null) {
                String c = country.toLowerCase(Locale.ROOT);
                if (n.equals(c) || n.startsWith(c + " ") && isLowerCase(name.substring(c.length() + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLowerCase(String words) {
        return words.equals(words.toLowerCase(Locale.ROOT));
    }

    /** The country with this ISO alpha-3 code, or null. */
    Country country(String iso3) {
        return iso3 == null ? null : byIso3.get(iso3.toUpperCase(Locale.ROOT));
    }

    /** The FIPS 10-4 country code, or null. */
    String fips(String iso3) {
        Country c = country(iso3);
        return c == null ? null : c.fips();
    }

    /** The FIPS ADM1 code ("IZ07") of a division named as the gazetteer names it, or null when not reviewed. */
    String adm1(String iso3, String admin1) {
        return iso3 == null || admin1 == null ? null : adm1.get(key(iso3, admin1));
    }

    int adm1Count() {
        return adm1.size();
    }

    List<Country> countries() {
        return List.copyOf(byIso3.values());
    }

    private static String key(String iso3, String name) {
        return iso3.toUpperCase(Locale.ROOT) + "\t" + name.toLowerCase(Locale.ROOT);
    }

    private static void read(String resource, int columns, Consumer<String[]> row) {
        try (InputStream in = CountryCodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < columns) {
                    throw new IllegalStateException(resource + ": a row needs " + columns + " columns: " + line);
                }
                row.accept(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
