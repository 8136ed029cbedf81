package org.sitrep.export;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.knowledge.KnowledgeTable;

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

    private static final String ACTOR_COUNTRIES = KnowledgeTable.TREE + "actors/countries.tsv";
    /** Where the export mappings live on the classpath. */
    static final String HERE = "org/sitrep/export/";

    private CountryCodes() {
    }

    static CountryCodes load() {
        CountryCodes c = new CountryCodes();
        for (KnowledgeTable.Row r : KnowledgeTable.read(HERE + "countries.tsv", 6)) {
            String numeric = r.get("iso_numeric");
            String fips = r.get("fips");
            c.byIso3.put(r.get("iso3"), new Country(r.get("iso3"), r.get("iso2"),
                    numeric.isEmpty() ? null : Integer.valueOf(numeric), fips.isEmpty() ? null : fips,
                    r.get("acled_region"), r.get("acled_country")));
        }
        for (KnowledgeTable.Row r : KnowledgeTable.read(HERE + "adm1-fips.tsv", 5)) {
            c.adm1.put(key(r.get("iso3"), r.get("admin1")), r.get("fips_adm1"));
        }
        // The names the actor coder gives countries ("Democratic Republic of the Congo"), to tell a generic actor
        // name built from one ("Burkina Faso jihadists") from an organisation's own.
        for (KnowledgeTable.Row r : KnowledgeTable.read(ACTOR_COUNTRIES)) {
            c.actorNames.put(r.get("iso3"), r.get("name"));
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
}
