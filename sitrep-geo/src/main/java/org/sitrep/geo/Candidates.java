package org.sitrep.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer entries a toponym may mean, each with a prior: the name as written, or without a
 * generic word ("Town of X", "X County", "X Valley"), or the place an inhabitant word is formed from
 * ("Ohioans"); the prior weighs main or alternate name, population, feature type and the NER type.
 */
final class Candidates {
    /** Direction and nearness words ("north of", "near"). */
    static final Set<String> DIRECTIONS = PlaceWords.set("near_cue");
    /** Penalty for an alternate name when another place bears it as its main name. */
    private static final double ALTERNATE_WHEN_MAIN_EXISTS = 1.5;
    /** Penalty for a division that shares its name with its country's capital. */
    private static final double CAPITAL_OVER_DIVISION = 1.5;
    /** Penalty for a former first-level division ("Nyanza Province", "Hordaland") against a current one. */
    private static final double FORMER_DIVISION_PENALTY = 1.0;

    private final Gazetteer gazetteer;

    Candidates(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static String readingKey(String text) {
        String key = NameKey.of(text);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        if (key.endsWith(" s") && text.matches(".*['’]s$")) {
            key = key.substring(0, key.length() - 2);
        } else if (key.endsWith("s") && text.matches(".*['’]s$")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }

    /** Fills a reading with the candidates of its first occurrence and their priors. */
    void fill(Reading r, Toponym t) {
        String key = r.key;
        int[] codes;
        if (t.isDemonym()) {
            GazetteerEntry country = gazetteer.demonym(t.text());
            if (country != null) {
                r.set(new GazetteerEntry[] {country}, new boolean[] {false});
                r.prior[0] = 10;
                return;
            }
            key = NameKey.of(t.text());
            codes = new int[0];
        } else {
            codes = gazetteer.lookupKey(key);
        }
        Feature wanted = null;
        if (!t.isDemonym() && codes.length == 0) {
            for (String prefix : GENERIC_PREFIXES) {
                if (key.startsWith(prefix) && key.length() > prefix.length() + 2) {
                    codes = gazetteer.lookupKey(key.substring(prefix.length()));
                    break;
                }
            }
        }
        if (!t.isDemonym() && codes.length == 0) {
            for (Map.Entry<String, Feature> suffix : SUFFIX_FEATURES.entrySet()) {
                if (key.endsWith(suffix.getKey()) && key.length() > suffix.getKey().length() + 2) {
                    codes = gazetteer.lookupKey(key.substring(0, key.length() - suffix.getKey().length()));
                    wanted = suffix.getValue();
                    break;
                }
            }
        }
        if (!t.isDemonym() && codes.length > 0 && wanted == null) {
            for (Map.Entry<String, Feature> suffix : SUFFIX_FEATURES.entrySet()) {
                if (key.endsWith(suffix.getKey())) {
                    wanted = suffix.getValue();
                    break;
                }
            }
        }
        if (!t.isDemonym() && codes.length == 0) {
            for (String suffix : GENERIC_SUFFIXES) {
                String stem = key.endsWith(suffix) ? key.substring(0, key.length() - suffix.length()) : "";
                if (stem.length() > 2 && !DIRECTIONS.contains(stem)) { // not "North Island" -> "North"
                    codes = gazetteer.lookupKey(stem);
                    break;
                }
            }
        }
        if (codes.length == 0) {
            wanted = null;
            codes = demonymStemCodes(key);
        }
        List<GazetteerEntry> entries = new ArrayList<>(codes.length);
        List<Boolean> alternates = new ArrayList<>(codes.length);
        collect(codes, wanted, false, entries, alternates);
        if (entries.isEmpty() && wanted == Feature.ADMIN2) {
            // Kenya's, Norway's or Liberia's counties are first-level divisions
            collect(codes, wanted, true, entries, alternates);
        }
        boolean[] alt = new boolean[alternates.size()];
        for (int i = 0; i < alt.length; i++) {
            alt[i] = alternates.get(i);
        }
        r.set(entries.toArray(new GazetteerEntry[0]), alt);
        boolean anyMainName = false;
        for (boolean a : alt) {
            anyMainName |= !a;
        }
        java.util.Set<String> capitalCountries = new java.util.HashSet<>();
        for (GazetteerEntry e : r.entries) {
            if ("PPLC".equals(e.featureCode())) {
                capitalCountries.add(e.country());
            }
        }
        for (int i = 0; i < r.entries.length; i++) {
            r.prior[i] = prior(r.entries[i], alt[i], t.source(), wanted != null, t.text());
            if (alt[i] && anyMainName && r.entries[i].population() < 1_000_000) {
                r.prior[i] -= ALTERNATE_WHEN_MAIN_EXISTS; // old or foreign names ("Paris" for Swainsboro) yield
            }
            if (r.entries[i].feature() == Feature.ADMIN1 && capitalCountries.contains(r.entries[i].country())
                    && wanted != Feature.ADMIN1) {
                r.prior[i] -= CAPITAL_OVER_DIVISION; // "Washington" is the capital unless called a state
            }
        }
    }

    /**
     * The candidates of {@code codes} that agree with the kind of place a suffix wants ("X Province": a
     * division), a first-level division also for "county" when {@code countyIsAdmin1}.
     */
    private void collect(int[] codes, Feature wanted, boolean countyIsAdmin1, List<GazetteerEntry> entries,
                         List<Boolean> alternates) {
        for (int code : codes) {
            GazetteerEntry e = gazetteer.entry(code >>> 1);
            if (wanted != null && e.feature() != wanted && !(wanted == Feature.CITY && e.feature() == Feature.CITY)) {
                if (!(wanted == Feature.ADMIN1 && e.feature() == Feature.ADMIN2)
                        && !(countyIsAdmin1 && e.feature() == Feature.ADMIN1)) {
                    continue;
                }
            }
            entries.add(e);
            alternates.add((code & 1) == 1);
        }
    }

    /** Generic words before a place's own name ("Town of Groton", "City of Richmond"). */
    private static final List<String> GENERIC_PREFIXES = List.of("town of ", "city of ", "village of ", "township of ",
            "greater ");
    /**
     * Generic words after a name the gazetteer only knows without them: the valley, island or airport is
     * placed at the town it is named after ("Salinas Valley", "Da Nang International Airport", "Sacramento River").
     */
    private static final List<String> GENERIC_SUFFIXES = List.of(" international airport", " airport", " valley",
            " island", " river", " creek", " harbor", " harbour", " bay", " falls", " park", " canyon", " lake");

    /**
     * The gazetteer codes of the place an inhabitant word names ("Ohioans", "Minnesotan", "South Ossetian",
     * "Ontarians", "Texan", "Dagestani", "New Londoners", "Richmondites"), by the regular English ways of
     * forming them; only a country, first-level division, region or populated place under its main name
     * counts, and only when one of them is more than a small town (all same-named towns then compete in
     * context). Empty when no stem is known.
     */
    /** Inhabitant names are coined for towns of some size, not for hamlets that happen to match a stem. */
    private static final long DEMONYM_TOWN_POPULATION = 20_000;

    int[] demonymStemCodes(String key) {
        String s = key.endsWith("s") && key.length() > 5 ? key.substring(0, key.length() - 1) : key;
        List<String> stems = new ArrayList<>(3);
        int n = s.length();
        if (s.endsWith("ian")) {
            stems.add(s.substring(0, n - 1)); // Ossetian -> Ossetia
            stems.add(s.substring(0, n - 2) + "o"); // Ontarian -> Ontario
        } else if (s.endsWith("an")) {
            stems.add(s.substring(0, n - 1)); // Minnesotan -> Minnesota
            stems.add(s.substring(0, n - 2)); // Ohioan -> Ohio
            stems.add(s.substring(0, n - 1) + "s"); // Texan -> Texas
        } else if (s.endsWith("i")) {
            stems.add(s.substring(0, n - 1)); // Dagestani -> Dagestan
        } else if (s.endsWith("ite")) {
            stems.add(s.substring(0, n - 3)); // Richmondite -> Richmond
        } else if (s.endsWith("er")) {
            stems.add(s.substring(0, n - 2)); // New Londoner -> New London
        }
        for (String stem : stems) {
            if (stem.length() < 4) {
                continue;
            }
            int[] codes = gazetteer.lookupKey(stem);
            int kept = 0;
            boolean notable = false;
            int[] out = new int[codes.length];
            for (int code : codes) {
                GazetteerEntry e = gazetteer.entry(code >>> 1);
                Feature f = e.feature();
                if ((code & 1) == 0 && (f == Feature.COUNTRY || f == Feature.ADMIN1 || f == Feature.REGION
                        || f == Feature.CITY)) {
                    out[kept++] = code;
                    notable |= f != Feature.CITY || e.population() >= DEMONYM_TOWN_POPULATION;
                }
            }
            if (notable) {
                return java.util.Arrays.copyOf(out, kept);
            }
        }
        return new int[0];
    }

    private static final Map<String, Feature> SUFFIX_FEATURES = suffixes();

    private static Map<String, Feature> suffixes() {
        Map<String, Feature> m = new LinkedHashMap<>();
        m.put(" county", Feature.ADMIN2);
        m.put(" parish", Feature.ADMIN2);
        m.put(" co", Feature.ADMIN2); // "Platte Co."
        m.put(" township", Feature.CITY); // a US township is named after its town
        m.put(" twp", Feature.CITY);
        m.put(" province", Feature.ADMIN1);
        m.put(" governorate", Feature.ADMIN1);
        m.put(" oblast", Feature.ADMIN1);
        m.put(" prefecture", Feature.ADMIN1);
        m.put(" state", Feature.ADMIN1);
        m.put(" city", Feature.CITY);
        return m;
    }

    static double prior(GazetteerEntry e, boolean alternate, String source, boolean suffixed, String text) {
        double s = alternate ? 0 : 0.8;
        if (!alternate && e.name().equals(text)) {
            s += 0.2;
        }
        // a division's population is the sum of its towns': weigh it less than a city's own
        s += (e.feature() == Feature.ADMIN1 || e.feature() == Feature.ADMIN2 ? 0.35 : 0.45)
                * Math.log10(1 + e.population());
        s += switch (e.feature()) {
            case REGION -> 4.5;
            case COUNTRY -> 4.5;
            // a former division (historical GeoNames ADM1H or curated) yields to a current one of its name
            case ADMIN1 -> Gazetteer.FORMER_DIVISION.equals(e.featureCode()) ? 2.0 - FORMER_DIVISION_PENALTY : 2.0;
            case ADMIN2 -> suffixed ? 3.0 : -0.8;
            case CITY -> switch (e.featureCode()) {
                case "PPLC" -> 2.2;
                case "PPLA" -> 1.0;
                case "PPLA2" -> 0.4;
                case "PPLH", "PPLQ", "PPLW", "PPLCH" -> -2.5;
                default -> 0;
            };
            case NEIGHBORHOOD -> "SUPPLEMENT".equals(e.featureCode()) ? 3.5 : -1.5;
            case SITE -> 3.5;
        };
        if (source != null) {
            switch (source) {
                case "COUNTRY" -> s += e.feature() == Feature.COUNTRY ? 2 : -1;
                case "STATE_OR_PROVINCE" -> s += e.feature() == Feature.ADMIN1 ? 1.0
                        : e.feature() == Feature.COUNTRY ? -1 : 0;
                case "CITY" -> s += e.feature() == Feature.CITY ? 1.0
                        : e.feature() == Feature.COUNTRY || e.feature() == Feature.ADMIN1 ? -0.8 : 0;
                default -> { }
            }
        }
        return s;
    }
}
